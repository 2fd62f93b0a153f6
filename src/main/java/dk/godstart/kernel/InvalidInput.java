package dk.godstart.kernel;

import java.util.List;

/** The request is understood but its content breaks a rule; the details say which. */
public class InvalidInput extends Problem {

  private static final long serialVersionUID = 1L;

  public InvalidInput(String code, List<Detail> details, Object... args) {
    super(code, details, args);
  }

  public InvalidInput(String code, Object... args) {
    super(code, List.of(), args);
  }
}
