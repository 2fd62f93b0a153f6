package dk.godstart.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;

/** Runs axe-core, the WCAG rule engine, on the page the browser shows. */
public final class Accessibility {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final String COLOR_CONTRAST = "color-contrast";
  private static final java.util.Set<String> POSITIONAL =
      java.util.Set.of("elmPartiallyObscured", "elmPartiallyObscuring", "outsideViewport");

  private Accessibility() {}

  /**
   * Fails with a readable list when axe finds a serious or critical WCAG 2.1 AA violation, or a
   * colour contrast it could not decide. Axe files text whose colour equals its background (white
   * on white) as "incomplete" rather than as a violation, so an undecided contrast counts as a
   * failure here: a person cannot read it either.
   */
  public static void assertNoSeriousViolations(WebDriver driver) {
    List<String> problems = seriousViolations(driver);
    if (!problems.isEmpty()) {
      fail(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n"
              + String.join("\n", problems));
    }
  }

  /** The serious or critical violations and undecided contrasts on the page, one line each. */
  public static List<String> seriousViolations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    List<Rule> serious =
        Stream.concat(
                results.getViolations().stream()
                    .filter(
                        rule ->
                            "serious".equals(rule.getImpact())
                                || "critical".equals(rule.getImpact())),
                results.getIncomplete().stream()
                    .filter(rule -> COLOR_CONTRAST.equals(rule.getId()))
                    .filter(Accessibility::undecidedByColour))
            .toList();
    return serious.stream()
        .map(
            rule ->
                rule.getImpact()
                    + " "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + undecided(rule)
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .toList();
  }

  /**
   * Whether axe was undecided because of the colours themselves (text in its background's colour,
   * "equalRatio"), not because the element lies partly outside the window, where a person scrolls
   * and reads it.
   */
  private static boolean undecidedByColour(Rule rule) {
    return rule.getNodes().stream()
        .flatMap(node -> node.getAny().stream())
        .map(
            check ->
                check.getData() instanceof java.util.Map<?, ?> data ? data.get("messageKey") : null)
        .anyMatch(key -> !POSITIONAL.contains(String.valueOf(key)));
  }

  /** Why axe could not decide, e.g. "equalRatio" for text in its background's colour. */
  private static String undecided(Rule rule) {
    return rule.getNodes().stream()
        .flatMap(node -> node.getAny().stream())
        .map(check -> String.valueOf(check.getMessage()))
        .distinct()
        .map(message -> " (" + message + ")")
        .collect(Collectors.joining());
  }
}
