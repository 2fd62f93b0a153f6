package dk.godstart.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The feature order of DESIGN.md, checked on the sources: nothing below reflection uses it. */
class ReflectionBoundariesTest {

  private static final Path MAIN = Path.of("src/main/java/dk/godstart");

  @Test
  void shouldNeverBeUsedByTheFeaturesBelowIt() throws IOException {
    for (String lower : List.of("people", "catalog", "player", "process", "enrollment")) {
      assertEquals(List.of(), sourcesUnder(MAIN.resolve(lower), "dk.godstart.reflection"), lower);
    }
  }

  @Test
  void shouldKeepItsDomainFreeOfContainerApisButPersistence() throws IOException {
    Path domain = MAIN.resolve("reflection/domain");
    assertFalse(sourcesUnder(domain, "").isEmpty(), "the domain sources are where expected");
    assertEquals(List.of(), sourcesUnder(domain, "import jakarta.inject"));
    assertEquals(List.of(), sourcesUnder(domain, "import jakarta.enterprise"));
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
