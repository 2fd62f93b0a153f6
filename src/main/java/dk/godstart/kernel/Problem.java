package dk.godstart.kernel;

import java.util.List;

/**
 * A failure the caller must be told about, identified by a stable code. The message text is not
 * part of the problem: it is looked up from the code in the caller's language when the problem is
 * shown.
 */
public abstract class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Object[] args;
  private final transient List<Detail> details;

  protected Problem(String code, List<Detail> details, Object... args) {
    super(code, null, false, false);
    this.code = code;
    this.args = args.clone();
    this.details = List.copyOf(details);
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<Detail> details() {
    return details;
  }
}
