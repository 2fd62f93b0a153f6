package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.catalog.domain.manifest.ControlMode;
import dk.godstart.catalog.domain.manifest.Sco;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.kernel.Detail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sound packages come out on disk as they went in, with the counts and notes the author sees. */
class PackageUnpackerAcceptsTest {

  @TempDir Path root;
  private Unpacking sandbox;

  @BeforeEach
  void sandbox() {
    sandbox = new Unpacking(root);
  }

  private List<String> filesInTarget() throws IOException {
    try (Stream<Path> walk = Files.walk(sandbox.target)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> sandbox.target.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private long bytesInTarget() throws IOException {
    long total = 0;
    for (String file : filesInTarget()) {
      total += Files.size(sandbox.target.resolve(file));
    }
    return total;
  }

  @Test
  void aScorm12PackageWithOneScoIsUnpacked() throws IOException {
    ScormPackageBuilder zip =
        ScormPackageBuilder.scorm12().title("Notatpligt").sco("index", "Start");
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(ScormEdition.SCORM_12, unpacked.manifest().edition());
    assertEquals("Notatpligt", unpacked.manifest().title());
    assertEquals(
        List.of(new Sco("ITEM-index", "Start", "index.html", "RES-index")),
        unpacked.manifest().scos());
    assertEquals(List.of("imsmanifest.xml", "index.html"), filesInTarget());
    assertEquals(
        zip.builtManifest(),
        Files.readString(sandbox.target.resolve("imsmanifest.xml"), StandardCharsets.UTF_8));
    assertEquals(2, unpacked.fileCount());
    assertEquals(bytesInTarget(), unpacked.totalBytes());
    assertEquals(List.of(), unpacked.notes());
  }

  @Test
  void aScorm2004FourthEditionPackageWithSeveralScosKeepsItsSequencing() {
    ScormPackageBuilder zip =
        ScormPackageBuilder.scorm2004FourthEdition()
            .sco("del-1", "Del 1")
            .sco("del-2", "Del 2")
            .sco("del-3", "Del 3")
            .withSequencing();
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(ScormEdition.SCORM_2004_4TH, unpacked.manifest().edition());
    assertEquals(
        List.of("ITEM-del-1", "ITEM-del-2", "ITEM-del-3"),
        unpacked.manifest().scos().stream().map(Sco::identifier).toList());
    assertEquals(
        new ControlMode(false, true, true, false, true, true),
        unpacked.manifest().organizations().get(0).sequencing().controlMode());
    assertEquals(
        0.8,
        unpacked
            .manifest()
            .organizations()
            .get(0)
            .items()
            .get(2)
            .sequencing()
            .objectives()
            .primaryObjective()
            .minNormalizedMeasure());
    assertEquals(4, unpacked.fileCount());
  }

  @Test
  void aScorm2004ThirdEditionPackageIsUnpacked() {
    UnpackOutcome.Unpacked unpacked =
        sandbox.accepted(sandbox.unpack(ScormPackageBuilder.scorm2004ThirdEdition().sco("a", "A")));
    assertEquals(ScormEdition.SCORM_2004_3RD, unpacked.manifest().edition());
  }

  @Test
  void aPackageInsideOneTopFolderIsMovedUpAndTheAuthorIsTold() throws IOException {
    ScormPackageBuilder zip =
        ScormPackageBuilder.scorm12()
            .sco("a", "A")
            .file("export/b.txt", "inner")
            .inTopFolder("export");
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(
        List.of(Detail.of("package.top-folder-flattened", "export/", "export")), unpacked.notes());
    // The top folder held a folder of its own name; that one stays.
    assertEquals(List.of("a.html", "export/b.txt", "imsmanifest.xml"), filesInTarget());
    assertEquals(3, unpacked.fileCount());
    assertEquals(bytesInTarget(), unpacked.totalBytes());
  }

  @Test
  void macOsLitterIsSkippedAndNotCounted() throws IOException {
    ScormPackageBuilder zip =
        ScormPackageBuilder.scorm12()
            .sco("a", "A")
            .inTopFolder("Modul")
            .withMacOsLitter()
            .entry("__MACOSX/Modul/._a.html", "resource fork")
            .entry("Modul/billeder/.DS_Store", "finder");
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(List.of("a.html", "imsmanifest.xml"), filesInTarget());
    assertEquals(2, unpacked.fileCount());
    assertEquals(bytesInTarget(), unpacked.totalBytes());
    assertFalse(Files.exists(sandbox.target.resolve("__MACOSX")));
    assertEquals(1, unpacked.notes().size());
  }

  @Test
  void foldersStoredEntriesDataDescriptorsAndDanishNamesAreAccepted() throws IOException {
    byte[] picture = {1, 2, 3, 4, 5};
    ScormPackageBuilder zip =
        ScormPackageBuilder.scorm2004FourthEdition()
            .sco("a", "A")
            .raw(z -> z.add("billeder/", new byte[0]))
            .raw(z -> z.add("billeder/æblegrød.png", picture).stored().withDataDescriptor())
            .raw(
                z ->
                    z.add("noter.txt", "hej".getBytes(StandardCharsets.UTF_8))
                        .withDataDescriptor());
    UnpackOutcome.Unpacked unpacked = sandbox.accepted(sandbox.unpack(zip));
    assertEquals(
        List.of("a.html", "billeder/æblegrød.png", "imsmanifest.xml", "noter.txt"),
        filesInTarget());
    assertEquals(4, unpacked.fileCount());
  }

  @Test
  void aHighlyCompressibleFileBelowTheThresholdIsFine() {
    sandbox.accepted(
        sandbox.unpack(ScormPackageBuilder.scorm12().sco("a", "A").bomb("blank.bmp", 1_000_000)));
  }

  @Test
  void noUnpackedFileIsASymbolicLinkAndAllAreInsideTheTarget() throws IOException {
    sandbox.accepted(
        sandbox.unpack(ScormPackageBuilder.scorm12().sco("a", "A").file("x/y/z.js", "1")));
    try (Stream<Path> walk = Files.walk(sandbox.target)) {
      for (Path path : walk.toList()) {
        assertFalse(Files.isSymbolicLink(path), path::toString);
        assertTrue(path.toRealPath().startsWith(sandbox.target.toRealPath()), path::toString);
      }
    }
  }

  @Test
  void progressIsReportedAfterEachEntry() {
    List<long[]> reports = new ArrayList<>();
    byte[] zip = ScormPackageBuilder.scorm12().sco("a", "A").sco("b", "B").build();
    new PackageUnpacker(ImportLimits.defaults())
        .unpack(
            new ByteArrayInputStream(zip),
            sandbox.target,
            (entries, bytes) -> reports.add(new long[] {entries, bytes}));
    assertEquals(3, reports.size());
    assertEquals(List.of(1L, 2L, 3L), reports.stream().map(r -> r[0]).toList());
    assertTrue(reports.get(0)[1] > 0 && reports.get(2)[1] > reports.get(1)[1]);
  }

  @Test
  void anExistingTargetIsNotTouched() throws IOException {
    Files.createDirectory(sandbox.target);
    Files.writeString(sandbox.target.resolve("keep.txt"), "keep");
    byte[] zip = ScormPackageBuilder.scorm12().sco("a", "A").build();
    PackageUnpacker unpacker = new PackageUnpacker(ImportLimits.defaults());
    assertThrows(IllegalArgumentException.class, () -> sandbox.unpack(unpacker, zip));
    assertEquals("keep", Files.readString(sandbox.target.resolve("keep.txt")));
  }
}
