package dk.godstart.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraRuntimeTest {

  @TempDir Path dir;

  @Test
  void fromTheJarNothingIsPreparedOrArchived() {
    List<String> launch = PayaraRuntime.fromJar(Path.of("micro.jar")).launch();

    assertEquals(List.of("-jar", "micro.jar"), launch);
  }

  @Test
  void aPreparedRuntimeWritesItsClassArchiveWhenTheFirstServerStops() throws Exception {
    Files.createFile(dir.resolve("launch-micro.jar"));

    PayaraRuntime runtime = PayaraRuntime.preparedIn(Path.of("micro.jar"), dir);

    assertFalse(runtime.hasClassArchive());
    assertEquals(
        List.of(
            "-XX:ArchiveClassesAtExit=" + dir.resolve(PayaraRuntime.ARCHIVE),
            "-jar",
            dir.resolve("launch-micro.jar").toString(),
            "--rootdir",
            dir.toString()),
        runtime.launch());
  }

  @Test
  void laterStartsMapTheArchivedClasses() throws Exception {
    Files.createFile(dir.resolve("launch-micro.jar"));
    Files.createFile(dir.resolve(PayaraRuntime.ARCHIVE));

    PayaraRuntime runtime = PayaraRuntime.preparedIn(Path.of("micro.jar"), dir);

    assertTrue(runtime.hasClassArchive());
    assertEquals(
        "-XX:SharedArchiveFile=" + dir.resolve(PayaraRuntime.ARCHIVE), runtime.launch().get(0));
  }
}
