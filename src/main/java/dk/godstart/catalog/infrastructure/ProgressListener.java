package dk.godstart.catalog.infrastructure;

/** Hears how far an unpack has come, e.g. to show progress for a large upload. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Called after each entry.
   *
   * @param entries the entries read so far
   * @param bytes the bytes written so far
   */
  void progressed(long entries, long bytes);

  static ProgressListener none() {
    return (entries, bytes) -> {};
  }
}
