package dk.godstart.catalog.web;

import dk.godstart.kernel.ErrorBody;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.Problem;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Why a package was refused, shown beside the upload that was refused rather than at the top of the
 * page: each problem once, in the page's language, with a library's own (English) words kept apart
 * as a technical detail that the page shows collapsed.
 */
public final class PackageProblems implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One problem: what is wrong in the page's words, and maybe the library's words. */
  public record Shown(String message, String technical) implements Serializable {}

  private List<Shown> shown = List.of();

  void clear() {
    shown = List.of();
  }

  void show(Problem problem, Locale locale) {
    ErrorBody body = ErrorTexts.body(problem, locale);
    shown =
        body.details().isEmpty()
            ? List.of(new Shown(body.message(), null))
            : body.details().stream()
                .map(detail -> new Shown(detail.message(), detail.technical()))
                .distinct()
                .toList();
  }

  public List<Shown> getList() {
    return shown;
  }
}
