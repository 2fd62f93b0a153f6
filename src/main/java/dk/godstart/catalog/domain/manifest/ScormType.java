package dk.godstart.catalog.domain.manifest;

/**
 * Whether a resource talks to the runtime (a SCO, which is tracked) or is a plain asset. SCORM 1.2
 * spells the attribute {@code adlcp:scormtype}, 2004 {@code adlcp:scormType}.
 */
public enum ScormType {
  SCO,
  ASSET
}
