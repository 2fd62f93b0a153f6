package dk.godstart.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core, the WCAG rule engine, on the page the browser shows. */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /** Fails with a readable list when axe finds a serious or critical WCAG 2.1 AA violation. */
  public static void assertNoSeriousViolations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    if (!serious.isEmpty()) {
      fail(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n"
              + serious.stream()
                  .map(
                      rule ->
                          rule.getImpact()
                              + " "
                              + rule.getId()
                              + ": "
                              + rule.getHelp()
                              + " at "
                              + rule.getNodes().stream()
                                  .map(node -> String.valueOf(node.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }
}
