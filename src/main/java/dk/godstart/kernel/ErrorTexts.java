package dk.godstart.kernel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns problem codes into messages in the caller's language: Danish unless the caller prefers
 * English. Texts live in the {@code errors} resource bundle next to this class.
 */
public final class ErrorTexts {

  public static final Locale DANISH = Locale.forLanguageTag("da");
  private static final String BUNDLE = "dk.godstart.kernel.errors";
  private static final String TECHNICAL = ".technical";

  private ErrorTexts() {}

  /** The first of Danish or English that the caller accepts, in the caller's order; else Danish. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      String language = locale.getLanguage();
      if ("da".equals(language)) {
        return DANISH;
      }
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return DANISH;
  }

  public static ErrorBody body(Problem problem, Locale locale) {
    List<ErrorBody.ErrorDetail> details =
        problem.details().stream()
            .map(
                d ->
                    new ErrorBody.ErrorDetail(
                        d.code(),
                        d.location(),
                        message(d.code(), locale, d.args().toArray()),
                        technical(d.code(), locale, d.args().toArray())))
            .toList();
    return new ErrorBody(problem.code(), message(problem.code(), locale, problem.args()), details);
  }

  public static ErrorBody body(String code, Locale locale, Object... args) {
    return new ErrorBody(code, message(code, locale, args), List.of());
  }

  /**
   * The technical detail of a problem, when its texts have a {@code <code>.technical} pattern (a
   * library's own message among the arguments); otherwise null.
   */
  public static String technical(String code, Locale locale, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String key = code + TECHNICAL;
    return bundle.containsKey(key)
        ? new MessageFormat(bundle.getString(key), locale).format(args)
        : null;
  }

  public static String message(String code, Locale locale, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern;
    try {
      pattern = bundle.getString(code);
    } catch (MissingResourceException e) {
      // A code without a text is a programming error, but the caller still gets the code.
      pattern = bundle.getString("unexpected");
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
