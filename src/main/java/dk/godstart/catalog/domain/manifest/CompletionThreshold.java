package dk.godstart.catalog.domain.manifest;

/**
 * {@code adlcp:completionThreshold} of a SCORM 2004 item. The 4th edition states it in attributes
 * (defaults false, 1.0, 1.0). The 3rd edition gives only a decimal as element text, and then the
 * runtime judges completion by progress measure against it, so the reader maps it to {@code
 * completedByMeasure = true} with that decimal as {@code minProgressMeasure}.
 */
public record CompletionThreshold(
    boolean completedByMeasure, double minProgressMeasure, double progressWeight) {

  public static CompletionThreshold defaults() {
    return new CompletionThreshold(false, 1.0, 1.0);
  }
}
