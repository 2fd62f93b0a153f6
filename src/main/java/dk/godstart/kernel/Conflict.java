package dk.godstart.kernel;

import java.util.List;

/** The request clashes with the current state, for example a stale or duplicate write. */
public class Conflict extends Problem {

  private static final long serialVersionUID = 1L;

  public Conflict(String code, Object... args) {
    super(code, List.of(), args);
  }

  public Conflict(String code, List<Detail> details, Object... args) {
    super(code, details, args);
  }
}
