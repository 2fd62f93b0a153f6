package dk.godstart.kernel;

import java.util.List;

/** The caller is known but may not do this. */
public class AccessDenied extends Problem {

  private static final long serialVersionUID = 1L;

  public AccessDenied() {
    super("access-denied", List.of());
  }

  public AccessDenied(String code, Object... args) {
    super(code, List.of(), args);
  }
}
