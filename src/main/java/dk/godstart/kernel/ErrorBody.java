package dk.godstart.kernel;

import java.util.List;

/**
 * The one JSON shape of every error the API returns: {@code {"code", "message", "details"}}.
 * Clients branch on {@code code}; {@code message} is for people.
 */
public record ErrorBody(String code, String message, List<ErrorDetail> details) {

  public ErrorBody {
    details = List.copyOf(details);
  }

  /**
   * One entry of {@code details}: what is wrong, where, in words; and, for a problem found by a
   * library (a zip reader, an XML parser), that library's own words in {@code technical}, which are
   * in English whatever the caller's language and so are kept apart from the message.
   */
  public record ErrorDetail(String code, String location, String message, String technical) {

    public ErrorDetail(String code, String location, String message) {
      this(code, location, message, null);
    }
  }
}
