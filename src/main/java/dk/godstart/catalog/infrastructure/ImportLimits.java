package dk.godstart.catalog.infrastructure;

/**
 * How much of an upload the import accepts before it stops, so that no package can fill the disk,
 * exhaust memory or keep a thread inflating for hours.
 *
 * @param maxEntries the most entries (files, folders and skipped ones) a zip may have
 * @param maxUnpackedBytes the most bytes all entries may inflate to together
 * @param ratioThresholdBytes the size an entry may inflate to before its compression ratio counts
 * @param maxCompressionRatio the highest ratio of inflated to compressed size beyond the threshold
 * @param maxManifestBytes the largest {@code imsmanifest.xml} that is parsed
 */
public record ImportLimits(
    int maxEntries,
    long maxUnpackedBytes,
    long ratioThresholdBytes,
    int maxCompressionRatio,
    long maxManifestBytes) {

  private static final long MIB = 1024L * 1024L;

  public ImportLimits {
    if (maxEntries < 1
        || maxUnpackedBytes < 1
        || ratioThresholdBytes < 0
        || maxCompressionRatio < 1
        || maxManifestBytes < 1) {
      throw new IllegalArgumentException("Import limits must be positive");
    }
  }

  /** 20,000 entries, 2 GiB unpacked, 100:1 beyond 1 MiB, a 16 MiB manifest. */
  public static ImportLimits defaults() {
    return new ImportLimits(20_000, 2048 * MIB, MIB, 100, 16 * MIB);
  }
}
