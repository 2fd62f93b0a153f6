package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ZipBytes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CentralDirectoryTest {

  private static byte[] zip() {
    ZipBytes zip = new ZipBytes();
    zip.add("a.html", "a".getBytes(StandardCharsets.UTF_8));
    zip.add("link", "/etc".getBytes(StandardCharsets.UTF_8)).unixMode(0120777);
    zip.add("script.sh", "#!".getBytes(StandardCharsets.UTF_8)).unixMode(0100755);
    return zip.toBytes();
  }

  private static String code(Refused refused) {
    return refused.detail().code();
  }

  @Test
  void namesAndSymbolicLinksAreReadFromTheFileHeaders() throws Refused {
    List<CentralDirectory.Entry> entries = CentralDirectory.read(zip(), 0);
    assertEquals(
        List.of("a.html", "link", "script.sh"), entries.stream().map(e -> e.name()).toList());
    assertEquals(
        List.of(false, true, false),
        entries.stream().map(CentralDirectory.Entry::symlink).toList());
  }

  @Test
  void aTailThatHoldsTheWholeDirectoryIsEnough() throws Refused {
    byte[] zip = zip();
    int cut = 40;
    byte[] tail = Arrays.copyOfRange(zip, cut, zip.length);
    assertEquals(3, CentralDirectory.read(tail, cut).size());
  }

  @Test
  void aTailThatMissesPartOfTheDirectoryIsTooSmall() {
    byte[] zip = zip();
    byte[] tail = Arrays.copyOfRange(zip, zip.length - 60, zip.length);
    Refused refused =
        assertThrows(Refused.class, () -> CentralDirectory.read(tail, zip.length - 60L));
    assertEquals("zip.central-directory-too-large", code(refused));
  }

  @Test
  void anArchiveCommentIsAllowed() throws Refused {
    byte[] zip = zip();
    byte[] comment = "Eksporteret af forfatterværktøj".getBytes(StandardCharsets.UTF_8);
    byte[] withComment = Arrays.copyOf(zip, zip.length + comment.length);
    System.arraycopy(comment, 0, withComment, zip.length, comment.length);
    withComment[zip.length - 2] = (byte) comment.length;
    assertEquals(3, CentralDirectory.read(withComment, 0).size());
  }

  @Test
  void bytesAfterTheEndRecordAreCorrupt() {
    byte[] zip = zip();
    byte[] trailing = Arrays.copyOf(zip, zip.length + 3);
    assertEquals(
        "zip.corrupt", code(assertThrows(Refused.class, () -> CentralDirectory.read(trailing, 0))));
  }

  @Test
  void anEntryCountThatDisagreesIsCorrupt() {
    byte[] zip = zip();
    zip[zip.length - 12] = 7; // total entries in the end record
    assertEquals(
        "zip.corrupt", code(assertThrows(Refused.class, () -> CentralDirectory.read(zip, 0))));
  }

  @Test
  void tooShortToBeAZipIsCorrupt() {
    assertEquals(
        "zip.corrupt",
        code(assertThrows(Refused.class, () -> CentralDirectory.read(new byte[10], 0))));
  }

  @Test
  void aZip64EndRecordIsFollowed() throws Refused {
    byte[] zip = zip();
    int eocd = zip.length - 22;
    long size = le32(zip, eocd + 12);
    long offset = le32(zip, eocd + 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(zip, 0, eocd);
    long zip64Position = out.size();
    int32(out, 0x06064b50);
    int64(out, 44);
    int16(out, 45);
    int16(out, 45);
    int32(out, 0);
    int32(out, 0);
    int64(out, 3);
    int64(out, 3);
    int64(out, size);
    int64(out, offset);
    int32(out, 0x07064b50);
    int32(out, 0);
    int64(out, zip64Position);
    int32(out, 1);
    int32(out, 0x06054b50);
    int16(out, 0xFFFF);
    int16(out, 0xFFFF);
    int16(out, 0xFFFF);
    int16(out, 0xFFFF);
    int32(out, 0xFFFFFFFFL);
    int32(out, 0xFFFFFFFFL);
    int16(out, 0);
    List<CentralDirectory.Entry> entries = CentralDirectory.read(out.toByteArray(), 0);
    assertEquals(3, entries.size());
    assertArrayEquals("a.html".getBytes(StandardCharsets.UTF_8), entries.get(0).rawName());
    assertTrue(entries.get(1).symlink());
    assertFalse(entries.get(2).symlink());
  }

  private static long le32(byte[] b, int i) {
    return (b[i] & 0xFFL)
        | (b[i + 1] & 0xFFL) << 8
        | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }

  private static void int16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xFF);
    out.write((v >>> 8) & 0xFF);
  }

  private static void int32(ByteArrayOutputStream out, long v) {
    int16(out, (int) (v & 0xFFFF));
    int16(out, (int) ((v >>> 16) & 0xFFFF));
  }

  private static void int64(ByteArrayOutputStream out, long v) {
    int32(out, v & 0xFFFFFFFFL);
    int32(out, v >>> 32);
  }
}
