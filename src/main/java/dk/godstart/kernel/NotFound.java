package dk.godstart.kernel;

import java.util.List;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFound extends Problem {

  private static final long serialVersionUID = 1L;

  public NotFound(String code, Object... args) {
    super(code, List.of(), args);
  }
}
