package dk.godstart.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.godstart.testsupport.Sources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The design decisions in package-info that a compiler does not check, checked on the sources. */
class ProcessBoundariesTest {

  private static final Path PROCESS = Sources.MAIN.resolve("process");

  @Test
  void shouldNeverUseTheEnrollmentFeature() throws IOException {
    List<Path> offenders = Sources.containing(PROCESS, "dk.godstart.enrollment");

    assertEquals(List.of(), offenders);
  }

  @Test
  void shouldKeepUnlockRulesFreeOfContainerAndPersistenceApis() throws IOException {
    Path unlock = PROCESS.resolve("domain/unlock");

    assertFalse(Sources.containing(unlock, "").isEmpty(), "the unlock sources are where expected");
    assertEquals(List.of(), Sources.containing(unlock, "import jakarta."));
  }
}
