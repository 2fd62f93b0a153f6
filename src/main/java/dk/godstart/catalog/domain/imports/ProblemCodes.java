package dk.godstart.catalog.domain.imports;

/**
 * The stable codes of what can be wrong with an uploaded package, and of the notes an accepted one
 * may carry. Clients branch on them and the texts in {@code dk/godstart/kernel/errors*.properties}
 * are keyed by them, so a code never changes its meaning.
 */
public final class ProblemCodes {

  public static final String ZIP_CORRUPT = "zip.corrupt";
  public static final String ZIP_EMPTY = "zip.empty";
  public static final String ZIP_PATH_TRAVERSAL = "zip.path-traversal";
  public static final String ZIP_ABSOLUTE_PATH = "zip.absolute-path";
  public static final String ZIP_DRIVE_LETTER = "zip.drive-letter";
  public static final String ZIP_BACKSLASH = "zip.backslash";
  public static final String ZIP_SYMLINK = "zip.symlink";
  public static final String ZIP_TOO_MANY_ENTRIES = "zip.too-many-entries";
  public static final String ZIP_TOO_LARGE = "zip.too-large";
  public static final String ZIP_COMPRESSION_RATIO = "zip.compression-ratio";
  public static final String ZIP_STORED_ENTRY_TOO_LARGE = "zip.stored-entry-too-large";
  public static final String ZIP_DUPLICATE_ENTRY = "zip.duplicate-entry";
  public static final String ZIP_NAME_ENCODING = "zip.name-encoding";
  public static final String ZIP_NAME_TOO_LONG = "zip.name-too-long";
  public static final String ZIP_HIDDEN_ENTRY = "zip.hidden-entry";
  public static final String ZIP_CENTRAL_DIRECTORY_TOO_LARGE = "zip.central-directory-too-large";

  public static final String MANIFEST_MISSING = "manifest.missing";
  public static final String MANIFEST_ELSEWHERE = "manifest.elsewhere";
  public static final String MANIFEST_TOO_LARGE = "manifest.too-large";
  public static final String MANIFEST_MALFORMED = "manifest.malformed";
  public static final String MANIFEST_DOCTYPE = "manifest.doctype";
  public static final String MANIFEST_NOT_SCORM = "manifest.not-scorm";
  public static final String PACKAGE_UNSUPPORTED = "package.unsupported";

  public static final String LAUNCH_MISSING = "manifest.launch-missing";
  public static final String IDENTIFIERREF_UNKNOWN = "manifest.identifierref-unknown";
  public static final String IDENTIFIER_DUPLICATE = "manifest.identifier-duplicate";
  public static final String NO_ORGANIZATION_AND_NO_SCO = "manifest.no-organization-and-no-sco";
  public static final String SCO_WITHOUT_HREF = "manifest.sco-without-href";
  public static final String DEFAULT_ORGANIZATION_UNKNOWN = "manifest.default-organization-unknown";
  public static final String SEQUENCING_COLLECTION_UNKNOWN =
      "manifest.sequencing-collection-unknown";

  /** A note, not a problem: the package sat in one top-level folder and was moved up. */
  public static final String TOP_FOLDER_FLATTENED = "package.top-folder-flattened";

  private ProblemCodes() {}
}
