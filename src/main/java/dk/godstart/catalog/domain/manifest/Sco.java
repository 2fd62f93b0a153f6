package dk.godstart.catalog.domain.manifest;

/**
 * One launchable, tracked activity as the player needs it.
 *
 * @param identifier the item's identifier (the activity), or the resource's for a package without
 *     organizations
 * @param launch the resource's href resolved against {@code xml:base}, with the item's parameters
 *     appended; relative to the package root unless it is an absolute URL
 * @param resourceIdentifier the resource the item launches
 */
public record Sco(String identifier, String title, String launch, String resourceIdentifier) {}
