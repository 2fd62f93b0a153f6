package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.kernel.Detail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken and hostile zips. Each is refused with a specific code, the target directory is gone
 * afterwards, and nothing was written anywhere else.
 */
class PackageUnpackerTest {

  @TempDir Path root;
  private Unpacking sandbox;

  @BeforeEach
  void sandbox() {
    sandbox = new Unpacking(root);
  }

  private static ScormPackageBuilder valid() {
    return ScormPackageBuilder.scorm12().sco("a", "Del 1");
  }

  private Detail refused(ScormPackageBuilder zip, String code) {
    return sandbox.rejected(sandbox.unpack(zip), code);
  }

  private Detail refused(ImportLimits limits, ScormPackageBuilder zip, String code) {
    return sandbox.rejected(sandbox.unpack(new PackageUnpacker(limits), zip.build()), code);
  }

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "../../evil.txt | zip.path-traversal",
        "a/../../../evil.txt | zip.path-traversal",
        "sco/.. | zip.path-traversal",
        "C:/evil.txt | zip.drive-letter",
        "c:evil.txt | zip.drive-letter",
        "..\\..\\evil.txt | zip.backslash",
        "content\\evil.txt | zip.backslash"
      })
  void hostileNamesAreRefused(String name, String code) {
    Detail problem = refused(valid().entry(name, "pwned"), code);
    assertEquals(name, problem.location());
    assertFalse(Files.exists(root.resolve("store/evil.txt")));
    assertFalse(Files.exists(root.resolve("evil.txt")));
  }

  @Test
  void anAbsolutePathIsRefusedAndNotWritten() {
    Path outside = root.resolve("absolute-evil.txt");
    refused(valid().entry(outside.toString(), "pwned"), "zip.absolute-path");
    assertFalse(Files.exists(outside));
  }

  @Test
  void aSymbolicLinkIsRefused() {
    assertEquals("link", refused(valid().symlink("link", "/etc/passwd"), "zip.symlink").location());
  }

  @Test
  void aFileBehindASymbolicLinkIsNeverWrittenThroughIt() {
    // The link is written as a plain file, so the entry below it clashes with that file.
    refused(valid().symlink("up", "../..").entry("up/evil.txt", "pwned"), "zip.duplicate-entry");
    assertFalse(Files.exists(root.resolve("store/evil.txt")));
  }

  @Test
  void tooManyEntriesAreRefused() {
    ImportLimits limits = new ImportLimits(10, 1 << 30, 1 << 20, 100, 1 << 20);
    assertEquals(
        List.of(10), refused(limits, valid().entries("x", 9), "zip.too-many-entries").args());
  }

  @Test
  void skippedEntriesCountTowardsTheDefaultLimitOf20000() {
    refused(valid().entries("__MACOSX/._", 20_000), "zip.too-many-entries");
  }

  @Test
  void anUploadThatInflatesBeyondTheLimitIsRefused() {
    byte[] noise = new byte[3000];
    new Random(1).nextBytes(noise);
    ImportLimits limits = new ImportLimits(100, 2000, 1 << 20, 100, 1 << 20);
    ScormPackageBuilder zip = valid().raw(z -> z.add("noise.bin", noise).stored());
    assertEquals("noise.bin", refused(limits, zip, "zip.too-large").location());
  }

  @Test
  void theSizeLimitCountsAllFilesTogether() {
    ImportLimits limits = new ImportLimits(100, 5000, 1 << 20, 100, 1 << 20);
    ScormPackageBuilder zip = valid();
    for (int i = 0; i < 5; i++) {
      byte[] part = new byte[1500];
      new Random(i).nextBytes(part);
      String name = "part-" + i + ".bin";
      zip.raw(z -> z.add(name, part));
    }
    refused(limits, zip, "zip.too-large");
  }

  @Test
  void aZipBombIsStoppedWhileItInflates() {
    Detail problem = refused(valid().bomb("big.bin", 3 * 1024 * 1024), "zip.compression-ratio");
    assertEquals("big.bin", problem.location());
    assertEquals(List.of("big.bin", 100), problem.args());
  }

  @Test
  void aBombHiddenInSkippedMacOsLitterIsStoppedToo() {
    refused(valid().bomb("__MACOSX/._big.bin", 3 * 1024 * 1024), "zip.compression-ratio");
  }

  @Test
  void aStoredEntryWithDataDescriptorIsNotBufferedBeyondItsLimit() {
    byte[] video = new byte[SafeExtractor.MAX_BUFFERED_ENTRY + 1024];
    Detail problem =
        refused(
            valid().raw(z -> z.add("film.mp4", video).stored().withDataDescriptor()),
            "zip.stored-entry-too-large");
    assertEquals(List.of("film.mp4", SafeExtractor.MAX_BUFFERED_ENTRY), problem.args());
  }

  @ParameterizedTest(name = "cut by {0} bytes")
  @CsvSource({"5", "40", "300"})
  void aTruncatedArchiveIsCorrupt(int bytes) {
    refused(valid().file("padding.txt", "x".repeat(400)).truncatedBy(bytes), "zip.corrupt");
  }

  @Test
  void somethingThatIsNoZipIsCorrupt() {
    byte[] text = "Dette er ikke en zip-fil, men en tekst.".getBytes(StandardCharsets.UTF_8);
    sandbox.rejected(
        sandbox.unpack(new PackageUnpacker(ImportLimits.defaults()), text), "zip.corrupt");
  }

  @Test
  void aWrongChecksumIsCorruptWhateverTheEntryKind() {
    byte[] data = "indhold".getBytes(StandardCharsets.UTF_8);
    refused(valid().raw(z -> z.add("deflated.txt", data).withWrongCrc()), "zip.corrupt");
    refused(valid().raw(z -> z.add("stored.txt", data).stored().withWrongCrc()), "zip.corrupt");
    refused(
        valid().raw(z -> z.add("described.txt", data).withDataDescriptor().withWrongCrc()),
        "zip.corrupt");
  }

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.html | a.html",
        "sub/./page.html | sub/page.html",
        "sub//page.html | sub/page.html",
        "sub | sub/page.html",
        "sub/ | sub",
        "sub/page.html | sub/page.html/"
      })
  void twoEntriesForOneFileAreADuplicate(String first, String second) {
    refused(valid().entry(first, "1").entry(second, "2"), "zip.duplicate-entry");
  }

  @Test
  void aNameThatIsNotUtf8IsRefused() {
    byte[] latin1 = "æblegrød.html".getBytes(StandardCharsets.ISO_8859_1);
    refused(valid().rawEntry(latin1, "x"), "zip.name-encoding");
  }

  @Test
  void aNameWithControlCharactersIsRefused() {
    refused(valid().entry("bad\u0007name.html", "x"), "zip.name-encoding");
  }

  @Test
  void aNameTooLongForTheFileSystemIsRefused() {
    refused(valid().entry("a".repeat(300) + ".html", "x"), "zip.name-too-long");
  }

  @Test
  void anEntryMissingFromTheCentralDirectoryIsHidden() {
    byte[] data = "skjult".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "hidden.js",
        refused(valid().raw(z -> z.add("hidden.js", data).onlyInLocalHeaders()), "zip.hidden-entry")
            .location());
  }

  @Test
  void anEntryOnlyInTheCentralDirectoryIsHidden() {
    byte[] data = "skjult".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "ghost.js",
        refused(
                valid().raw(z -> z.add("ghost.js", data).onlyInCentralDirectory()),
                "zip.hidden-entry")
            .location());
  }

  @Test
  void aCentralDirectoryLargerThanTheTailBufferIsRefused() {
    PackageUnpacker unpacker = new PackageUnpacker(ImportLimits.defaults(), 4096);
    sandbox.rejected(
        sandbox.unpack(unpacker, valid().entries("file-with-a-longish-name-", 200).build()),
        "zip.central-directory-too-large");
  }

  @Test
  void anEmptyUploadIsEmpty() {
    sandbox.rejected(
        sandbox.unpack(new PackageUnpacker(ImportLimits.defaults()), new byte[0]), "zip.empty");
  }

  @Test
  void aZipWithoutEntriesIsEmpty() {
    byte[] endRecordOnly = new byte[22];
    endRecordOnly[0] = 0x50;
    endRecordOnly[1] = 0x4b;
    endRecordOnly[2] = 5;
    endRecordOnly[3] = 6;
    sandbox.rejected(
        sandbox.unpack(new PackageUnpacker(ImportLimits.defaults()), endRecordOnly), "zip.empty");
  }

  @Test
  void aZipOfOnlyFoldersAndMacOsLitterIsEmpty() {
    ScormPackageBuilder litter =
        valid().withoutFile("imsmanifest.xml").withoutFile("a.html").withMacOsLitter();
    refused(litter.raw(z -> z.add("folder/", new byte[0])), "zip.empty");
  }
}
