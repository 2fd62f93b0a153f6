package dk.godstart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The build zips every sample module source, with the shared files under common/. */
class ModuleZipsIT {

  @Test
  void everyModuleDirectoryBecomesAZipWithTheSharedFiles() throws Exception {
    List<String> sources;
    try (Stream<Path> dirs = Files.list(Path.of("modules"))) {
      sources =
          dirs.filter(Files::isDirectory)
              .map(dir -> dir.getFileName().toString())
              .filter(name -> !name.startsWith("_"))
              .sorted()
              .toList();
    }
    List<String> zips;
    try (Stream<Path> files = Files.list(Path.of("target", "modules"))) {
      zips = files.map(f -> f.getFileName().toString().replace(".zip", "")).sorted().toList();
    }

    assertEquals(sources, zips, "add new modules to the zip-sample-modules list in pom.xml");
    for (String name : zips) {
      try (ZipFile zip = new ZipFile(Path.of("target", "modules", name + ".zip").toFile())) {
        assertTrue(zip.getEntry("imsmanifest.xml") != null, name);
        assertTrue(zip.getEntry("common/godstart-sco.js") != null, name);
      }
    }
  }
}
