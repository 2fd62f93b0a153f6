package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the central directory from the tail of an archive: the end-of-central-directory record (and
 * the zip64 one if present), then each file header. Only what the import checks is kept: the raw
 * name and whether the entry is a Unix symbolic link.
 */
final class CentralDirectory {

  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int FILE_HEADER = 0x02014b50;
  private static final int EOCD_SIZE = 22;
  private static final int FILE_HEADER_SIZE = 46;
  private static final int UNIX = 3;
  private static final int FILE_TYPE_MASK = 0170000;
  private static final int SYMLINK = 0120000;

  /** One file header: the name's bytes and whether its Unix mode says symbolic link. */
  record Entry(byte[] rawName, boolean symlink) {

    String name() {
      return new String(rawName, StandardCharsets.UTF_8);
    }
  }

  private final byte[] tail;
  private final long tailStart;

  private CentralDirectory(byte[] tail, long tailStart) {
    this.tail = tail;
    this.tailStart = tailStart;
  }

  /**
   * @param tail the archive's last bytes
   * @param tailStart where they start in the archive: 0 when the tail is the whole archive
   */
  static List<Entry> read(byte[] tail, long tailStart) throws Refused {
    return new CentralDirectory(tail, tailStart).entries();
  }

  private List<Entry> entries() throws Refused {
    int eocd = findEndRecord();
    long count = u16(eocd + 10);
    long size = u32(eocd + 12);
    int end = eocd;
    if (eocd >= 20 && u32(eocd - 20) == ZIP64_LOCATOR) {
      long position = u64(eocd - 20 + 8) - tailStart;
      if (position < 0 || position + 56 > eocd || u32((int) position) != ZIP64_EOCD) {
        throw corrupt("zip64 end record not found");
      }
      end = (int) position;
      count = u64(end + 32);
      size = u64(end + 40);
    }
    if (size > end) {
      throw tailStart > 0
          ? new Refused(ProblemCodes.ZIP_CENTRAL_DIRECTORY_TOO_LARGE, "", size, tail.length)
          : corrupt("central directory larger than the archive");
    }
    List<Entry> entries = headers(end - (int) size, end);
    if (entries.size() != count) {
      throw corrupt("central directory holds " + entries.size() + " entries, not " + count);
    }
    return entries;
  }

  /** The end record is the last 22 bytes plus its comment; search back over a possible comment. */
  private int findEndRecord() throws Refused {
    for (int i = tail.length - EOCD_SIZE; i >= 0 && i >= tail.length - EOCD_SIZE - 0xFFFF; i--) {
      if (u32(i) == EOCD && i + EOCD_SIZE + u16(i + 20) == tail.length) {
        return i;
      }
    }
    throw corrupt("end of central directory not found");
  }

  private List<Entry> headers(int start, int end) throws Refused {
    List<Entry> entries = new ArrayList<>();
    int position = start;
    while (position < end) {
      if (position + FILE_HEADER_SIZE > end || u32(position) != FILE_HEADER) {
        throw corrupt("bad central directory file header");
      }
      int madeBy = u16(position + 4);
      int nameLength = u16(position + 28);
      int next = position + FILE_HEADER_SIZE + nameLength + u16(position + 30) + u16(position + 32);
      if (next > end) {
        throw corrupt("central directory file header overruns");
      }
      long mode = u32(position + 38) >>> 16;
      boolean symlink = (madeBy >> 8) == UNIX && (mode & FILE_TYPE_MASK) == SYMLINK;
      int nameStart = position + FILE_HEADER_SIZE;
      entries.add(new Entry(Arrays.copyOfRange(tail, nameStart, nameStart + nameLength), symlink));
      position = next;
    }
    return entries;
  }

  private static Refused corrupt(String reason) {
    return new Refused(ProblemCodes.ZIP_CORRUPT, "", reason);
  }

  private int u16(int i) {
    return (tail[i] & 0xFF) | (tail[i + 1] & 0xFF) << 8;
  }

  private long u32(int i) {
    return u16(i) | (long) u16(i + 2) << 16;
  }

  private long u64(int i) {
    return u32(i) | u32(i + 4) << 32;
  }
}
