package dk.godstart.catalog.domain;

/** Where a package's files are in the content store, and how many and how big they are. */
public record PackageContents(String storageKey, long fileCount, long sizeBytes) {}
