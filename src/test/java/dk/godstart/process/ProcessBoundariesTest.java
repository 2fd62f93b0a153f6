package dk.godstart.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The design decisions in package-info that a compiler does not check, checked on the sources. */
class ProcessBoundariesTest {

  private static final Path PROCESS = Path.of("src/main/java/dk/godstart/process");

  @Test
  void shouldNeverUseTheEnrollmentFeature() throws IOException {
    List<Path> offenders = sourcesUnder(PROCESS, "dk.godstart.enrollment");

    assertEquals(List.of(), offenders);
  }

  @Test
  void shouldKeepUnlockRulesFreeOfContainerAndPersistenceApis() throws IOException {
    Path unlock = PROCESS.resolve("domain/unlock");

    assertFalse(sourcesUnder(unlock, "").isEmpty(), "the unlock sources are where expected");
    assertEquals(List.of(), sourcesUnder(unlock, "import jakarta."));
  }

  private static List<Path> sourcesUnder(Path root, String text) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(text))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
