package dk.godstart.catalog.domain.manifest;

/** An {@code imsss:auxiliaryResource}: a helper resource offered with the activity. */
public record AuxiliaryResource(String auxiliaryResourceId, String purpose) {}
