package dk.godstart.catalog.domain.manifest;

/** {@code adlseq:constrainedChoiceConsiderations}: limits on where choice navigation may go. */
public record ConstrainedChoiceConsiderations(boolean preventActivation, boolean constrainChoice) {

  public static ConstrainedChoiceConsiderations defaults() {
    return new ConstrainedChoiceConsiderations(false, false);
  }
}
