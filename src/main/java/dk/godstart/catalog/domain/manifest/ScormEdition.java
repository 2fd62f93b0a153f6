package dk.godstart.catalog.domain.manifest;

/**
 * The SCORM versions the platform imports; the player chooses its runtime API by {@link #version}.
 */
public enum ScormEdition {
  SCORM_12("1.2", "SCORM 1.2"),
  SCORM_2004_2ND("2004", "SCORM 2004 2nd Edition"),
  SCORM_2004_3RD("2004", "SCORM 2004 3rd Edition"),
  SCORM_2004_4TH("2004", "SCORM 2004 4th Edition");

  private final String version;
  private final String label;

  ScormEdition(String version, String label) {
    this.version = version;
    this.label = label;
  }

  /**
   * "1.2" or "2004": which runtime API ({@code API} or {@code API_1484_11}) the content expects.
   */
  public String version() {
    return version;
  }

  /** The name authors know, for pages and messages. */
  public String label() {
    return label;
  }
}
