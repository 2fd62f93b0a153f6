package dk.godstart.catalog.domain;

/**
 * Where a package's files are in the content store, how many and how big they are, and the SHA-256
 * of the uploaded zip (hex; null for versions imported before it was kept).
 */
public record PackageContents(String storageKey, long fileCount, long sizeBytes, String sha256) {

  public PackageContents(String storageKey, long fileCount, long sizeBytes) {
    this(storageKey, fileCount, sizeBytes, null);
  }
}
