package dk.godstart.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip writer for tests that writes exactly what it is told, including what a proper zip library
 * refuses to write: raw non-UTF-8 names, duplicate names, symbolic-link modes, entries only in the
 * local headers or only in the central directory, wrong checksums and data descriptors after stored
 * data. Independent of the code under test, so that integration tests can use it as well.
 */
public final class ZipBytes {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int DATA_DESCRIPTOR = 0x08074b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_RECORD = 0x06054b50;
  private static final int UTF8_FLAG = 0x0800;
  private static final int DESCRIPTOR_FLAG = 0x0008;
  private static final int UNIX = 3;

  /** One entry and how to write it. */
  public static final class Entry {
    private final byte[] name;
    private final byte[] data;
    private boolean deflated = true;
    private int unixMode = -1;
    private boolean local = true;
    private boolean central = true;
    private boolean dataDescriptor;
    private boolean wrongCrc;

    private Entry(byte[] name, byte[] data) {
      this.name = name;
      this.data = data;
    }

    public Entry stored() {
      deflated = false;
      return this;
    }

    /** A Unix mode in the central directory, e.g. {@code 0120777} for a symbolic link. */
    public Entry unixMode(int mode) {
      unixMode = mode;
      return this;
    }

    public Entry onlyInLocalHeaders() {
      central = false;
      return this;
    }

    /**
     * Listed in the central directory, pointing at the first local header, with none of its own.
     */
    public Entry onlyInCentralDirectory() {
      local = false;
      return this;
    }

    /** Sizes and CRC after the data instead of in the local header. */
    public Entry withDataDescriptor() {
      dataDescriptor = true;
      return this;
    }

    public Entry withWrongCrc() {
      wrongCrc = true;
      return this;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  public Entry add(String name, byte[] data) {
    return add(name.getBytes(StandardCharsets.UTF_8), data);
  }

  public Entry add(byte[] rawName, byte[] data) {
    Entry entry = new Entry(rawName, data);
    entries.add(entry);
    return entry;
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    List<byte[]> payloads = new ArrayList<>();
    for (Entry entry : entries) {
      byte[] payload = entry.deflated ? deflate(entry.data) : entry.data;
      payloads.add(payload);
      offsets.add((long) out.size());
      if (entry.local) {
        writeLocal(out, entry, payload);
      }
    }
    long centralStart = out.size();
    int count = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.central) {
        writeCentral(out, entry, payloads.get(i), entry.local ? offsets.get(i) : 0);
        count++;
      }
    }
    long centralSize = out.size() - centralStart;
    int32(out, END_RECORD);
    int16(out, 0);
    int16(out, 0);
    int16(out, count);
    int16(out, count);
    int32(out, centralSize);
    int32(out, centralStart);
    int16(out, 0);
    return out.toByteArray();
  }

  private static void writeLocal(ByteArrayOutputStream out, Entry entry, byte[] payload) {
    int32(out, LOCAL_HEADER);
    int16(out, 20);
    int16(out, flags(entry));
    int16(out, entry.deflated ? 8 : 0);
    int32(out, 0x0021_0000L); // 1980-01-01 00:00 in DOS form: time, then date
    if (entry.dataDescriptor) {
      int32(out, 0);
      int32(out, 0);
      int32(out, 0);
    } else {
      int32(out, crc(entry));
      int32(out, payload.length);
      int32(out, entry.data.length);
    }
    int16(out, entry.name.length);
    int16(out, 0);
    out.writeBytes(entry.name);
    out.writeBytes(payload);
    if (entry.dataDescriptor) {
      int32(out, DATA_DESCRIPTOR);
      int32(out, crc(entry));
      int32(out, payload.length);
      int32(out, entry.data.length);
    }
  }

  private static void writeCentral(
      ByteArrayOutputStream out, Entry entry, byte[] payload, long localOffset) {
    int32(out, CENTRAL_HEADER);
    int16(out, entry.unixMode >= 0 ? (UNIX << 8) | 20 : 20);
    int16(out, 20);
    int16(out, flags(entry));
    int16(out, entry.deflated ? 8 : 0);
    int32(out, 0x0021_0000L);
    int32(out, crc(entry));
    int32(out, payload.length);
    int32(out, entry.data.length);
    int16(out, entry.name.length);
    int16(out, 0);
    int16(out, 0);
    int16(out, 0);
    int16(out, 0);
    int32(out, entry.unixMode >= 0 ? (long) entry.unixMode << 16 : 0);
    int32(out, localOffset);
    out.writeBytes(entry.name);
  }

  private static int flags(Entry entry) {
    return (isUtf8(entry.name) ? UTF8_FLAG : 0) | (entry.dataDescriptor ? DESCRIPTOR_FLAG : 0);
  }

  private static long crc(Entry entry) {
    CRC32 crc = new CRC32();
    crc.update(entry.data);
    return entry.wrongCrc ? crc.getValue() ^ 0xFFFF : crc.getValue();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void int16(ByteArrayOutputStream out, int value) {
    out.write(value & 0xFF);
    out.write((value >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, long value) {
    int16(out, (int) (value & 0xFFFF));
    int16(out, (int) ((value >>> 16) & 0xFFFF));
  }
}
