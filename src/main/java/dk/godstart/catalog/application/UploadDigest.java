package dk.godstart.catalog.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an upload, computed as the import reads it (the upload is read once). Skipped
 * bytes are read too, or the digest would miss them.
 */
final class UploadDigest extends FilterInputStream {

  private final MessageDigest digest;

  UploadDigest(InputStream upload) {
    super(upload);
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      digest.update((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      digest.update(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * Reads what is left, so that the digest covers the whole upload; a failure is left to others.
   */
  void readToEnd() {
    try {
      skip(Long.MAX_VALUE);
    } catch (IOException e) {
      // The import has already read what it needs; a broken or oversized rest shows elsewhere.
    }
  }

  /** The digest of what was read; call once, after the upload was read to its end. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
