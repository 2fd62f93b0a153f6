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

  /** One entry of {@code details}: what is wrong, where, in words. */
  public record ErrorDetail(String code, String location, String message) {}
}
