package dk.godstart.catalog.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An upload that stops with an error once it exceeds the configured size. */
public final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;
  private boolean exceeded;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Whether the upload went past the limit (the reading then failed with an IOException). */
  public boolean exceeded() {
    return exceeded;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      count(skipped);
    }
    return skipped;
  }

  private void count(long n) throws IOException {
    count += n;
    if (count > limit) {
      exceeded = true;
      throw new IOException("The upload is larger than " + limit + " bytes");
    }
  }
}
