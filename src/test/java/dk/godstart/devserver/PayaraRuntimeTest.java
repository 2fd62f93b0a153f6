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
    prepared();

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
    prepared();
    Files.createFile(dir.resolve(PayaraRuntime.ARCHIVE));

    PayaraRuntime runtime = PayaraRuntime.preparedIn(Path.of("micro.jar"), dir);

    assertTrue(runtime.hasClassArchive());
    assertEquals(
        "-XX:SharedArchiveFile=" + dir.resolve(PayaraRuntime.ARCHIVE), runtime.launch().get(0));
  }

  @Test
  void eachStartBeginsWithTheConfigurationAsUnpackedAndNoDeployment() throws Exception {
    prepared();
    // What the previous server left: its deployment recorded in domain.xml, the expanded WAR.
    Files.writeString(dir.resolve("config/domain.xml"), "<domain><application name=\"godstart\"/>");
    Files.createDirectories(dir.resolve("applications/godstart/WEB-INF"));
    Files.writeString(dir.resolve("applications/godstart/WEB-INF/web.xml"), "<web-app/>");
    Files.createFile(dir.resolve(PayaraRuntime.ARCHIVE));

    PayaraRuntime.preparedIn(Path.of("micro.jar"), dir);

    assertEquals("<domain/>", Files.readString(dir.resolve("config/domain.xml")));
    assertFalse(Files.exists(dir.resolve("applications")));
    assertTrue(Files.isRegularFile(dir.resolve(PayaraRuntime.ARCHIVE)));
  }

  /** A directory as Payara Micro's --outputlauncher leaves it, with the copy of its domain.xml. */
  private void prepared() throws Exception {
    Files.createFile(dir.resolve("launch-micro.jar"));
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/domain.xml"), "<domain/>");
    Files.writeString(dir.resolve("config/domain.xml.as-unpacked"), "<domain/>");
  }
}
