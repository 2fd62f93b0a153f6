package dk.godstart.catalog.domain.manifest;

/** {@code imsss:deliveryControls}: whether the activity is tracked and who sets its status. */
public record DeliveryControls(
    boolean tracked, boolean completionSetByContent, boolean objectiveSetByContent) {

  public static DeliveryControls defaults() {
    return new DeliveryControls(true, false, false);
  }
}
