package dk.godstart.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.godstart.testsupport.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feature order of DESIGN.md, checked on the sources: nothing below reflection uses it. */
class ReflectionBoundariesTest {

  private static final Path MAIN = Sources.MAIN;

  @Test
  void shouldNeverBeUsedByTheFeaturesBelowIt() throws IOException {
    for (String lower : List.of("people", "catalog", "player", "process", "enrollment")) {
      assertEquals(
          List.of(), Sources.containing(MAIN.resolve(lower), "dk.godstart.reflection"), lower);
    }
  }

  @Test
  void shouldKeepItsDomainFreeOfContainerApisButPersistence() throws IOException {
    Path domain = MAIN.resolve("reflection/domain");
    assertFalse(Sources.containing(domain, "").isEmpty(), "the domain sources are where expected");
    assertEquals(List.of(), Sources.containing(domain, "import jakarta.inject"));
    assertEquals(List.of(), Sources.containing(domain, "import jakarta.enterprise"));
  }
}
