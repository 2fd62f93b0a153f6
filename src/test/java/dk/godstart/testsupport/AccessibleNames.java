package dk.godstart.testsupport;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Links and buttons a screen reader lists out of context must say where they lead (WCAG 2.4.4,
 * 4.1.2): a control without a name, two links with the same name that lead to different places ("Se
 * igen", "Fortsæt" repeated per module without the module's name), and two buttons with the same
 * name in the page's content are problems.
 */
public final class AccessibleNames {

  private AccessibleNames() {}

  // The name as a screen reader takes it here: aria-label, else the text (visually hidden text
  // included), else an input's value. aria-labelledby is trusted as it is.
  private static final String SCRIPT =
      """
      const problems = [];
      const links = new Map();
      const buttons = new Map();
      const controls = document.querySelectorAll(
          '#main a[href], #main button, #main input[type=submit], #main input[type=button]');
      for (const el of controls) {
        if (!el.getClientRects().length || el.closest('[aria-hidden=true]')
            || el.hasAttribute('aria-labelledby')) {
          continue;
        }
        const name = (el.getAttribute('aria-label')
            || (el.tagName === 'INPUT' ? el.value : el.textContent) || '')
            .replace(/\\s+/g, ' ').trim();
        if (!name) {
          problems.push('a ' + el.tagName.toLowerCase() + ' without a name: '
              + el.outerHTML.slice(0, 160));
        } else if (el.tagName === 'A') {
          const href = new URL(el.getAttribute('href'), location.href).href;
          if (links.has(name) && links.get(name) !== href) {
            problems.push('links named "' + name + '" lead to different places');
          }
          links.set(name, href);
        } else {
          if (buttons.has(name)) {
            problems.push('buttons named "' + name + '" more than once');
          }
          buttons.set(name, true);
        }
      }
      return [...new Set(problems)];
      """;

  @SuppressWarnings("unchecked")
  public static List<String> problems(WebDriver driver) {
    return (List<String>) ((JavascriptExecutor) driver).executeScript(SCRIPT);
  }
}
