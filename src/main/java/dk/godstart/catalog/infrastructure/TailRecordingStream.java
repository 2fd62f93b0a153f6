package dk.godstart.catalog.infrastructure;

import java.io.IOException;
import java.io.InputStream;

/**
 * Passes the upload through while keeping its last bytes in a ring buffer. A streaming zip reader
 * never looks at the central directory at the end of the archive, yet only the central directory
 * says which entries are symbolic links; keeping the tail lets the import read it after the last
 * entry without a second pass over the upload and without holding the whole upload.
 *
 * <p>Closing this stream leaves the upload open: the caller owns it.
 */
final class TailRecordingStream extends InputStream {

  private final InputStream upload;
  private final byte[] ring;
  private long total;
  private long limit = Long.MAX_VALUE;

  /** Reading past a limit set with {@link #limitTo}. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("read limit reached");
    }
  }

  TailRecordingStream(InputStream upload, int capacity) {
    this.upload = upload;
    this.ring = new byte[capacity];
  }

  /** Lets at most this many more bytes be read, until {@link #unlimited}. */
  void limitTo(long bytes) {
    limit = total + bytes;
  }

  void unlimited() {
    limit = Long.MAX_VALUE;
  }

  @Override
  public int read() throws IOException {
    if (total >= limit) {
      throw new LimitReached();
    }
    int b = upload.read();
    if (b >= 0) {
      ring[(int) (total % ring.length)] = (byte) b;
      total++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length > 0 && total >= limit) {
      throw new LimitReached();
    }
    int n = upload.read(buffer, offset, (int) Math.min(length, limit - total));
    if (n > 0) {
      record(buffer, offset, n);
    }
    return n;
  }

  private void record(byte[] buffer, int offset, int length) {
    int start = offset;
    int remaining = length;
    if (remaining > ring.length) {
      // Only the last ring.length bytes can survive; skip the rest in one step.
      total += remaining - ring.length;
      start += remaining - ring.length;
      remaining = ring.length;
    }
    while (remaining > 0) {
      int position = (int) (total % ring.length);
      int chunk = Math.min(remaining, ring.length - position);
      System.arraycopy(buffer, start, ring, position, chunk);
      total += chunk;
      start += chunk;
      remaining -= chunk;
    }
  }

  /** Reads instead of skipping, because skipped bytes must pass through the ring too. */
  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public int available() throws IOException {
    return upload.available();
  }

  @Override
  public void close() {
    // The upload belongs to the caller.
  }

  /** Reads what the zip reader left unread (the rest of the central directory and beyond). */
  void drain() throws IOException {
    byte[] scratch = new byte[64 * 1024];
    while (read(scratch, 0, scratch.length) >= 0) {
      // Recorded by read.
    }
  }

  /** How many bytes the upload had, once drained. */
  long total() {
    return total;
  }

  /** The last bytes of the upload in order: at most the ring's capacity. */
  byte[] tail() {
    int length = (int) Math.min(total, ring.length);
    byte[] tail = new byte[length];
    int start = (int) ((total - length) % ring.length);
    int first = Math.min(length, ring.length - start);
    System.arraycopy(ring, start, tail, 0, first);
    System.arraycopy(ring, 0, tail, first, length - first);
    return tail;
  }
}
