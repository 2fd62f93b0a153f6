package dk.godstart.player.web;

/**
 * A single byte range requested with {@code Range: bytes=…}. Several ranges in one request are
 * answered with the whole file, which the standard allows and media players never need.
 */
record ByteRange(long start, long end) {

  static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

  /** The range to send, {@link #UNSATISFIABLE}, or null for the whole file. */
  static ByteRange requested(String header, String ifRange, String etag, long size) {
    if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
      return null;
    }
    if (ifRange != null && !ifRange.strip().equals(etag)) {
      return null; // The client's partial copy is of another version of the file.
    }
    return parse(header.substring("bytes=".length()).strip(), size);
  }

  static ByteRange parse(String spec, long size) {
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String first = spec.substring(0, dash).strip();
      String last = spec.substring(dash + 1).strip();
      if (first.isEmpty()) {
        long suffix = Long.parseLong(last);
        return suffix <= 0 || size == 0
            ? UNSATISFIABLE
            : new ByteRange(Math.max(0, size - suffix), size - 1);
      }
      long start = Long.parseLong(first);
      long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
      return start >= size || end < start ? UNSATISFIABLE : new ByteRange(start, end);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  long length() {
    return end - start + 1;
  }

  String contentRange(long size) {
    return "bytes " + start + "-" + end + "/" + size;
  }
}
