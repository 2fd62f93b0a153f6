package dk.godstart.catalog.domain.manifest;

/**
 * An item the player opens: a SCO (which talks to the runtime and is tracked by its data) or an
 * asset (a plain page without the SCORM API, which counts as completed once it has been shown).
 *
 * @param identifier the item's identifier (the activity), or the resource's for a package without
 *     organizations
 * @param launch the resource's href resolved against {@code xml:base}, with the item's parameters
 *     appended; relative to the package root unless it is an absolute URL
 * @param type whether the item's resource is a SCO or an asset
 */
public record Launchable(String identifier, String title, String launch, ScormType type) {

  public boolean isAsset() {
    return type == ScormType.ASSET;
  }
}
