package dk.godstart.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningModuleCompetencesTest {

  private static LearningModule module(Competence main) {
    LearningModule module = new LearningModule("Notatpligt", null, Instant.EPOCH);
    module.describe(new ModuleDescription("Notatpligt", null, null, main, null));
    return module;
  }

  @Test
  void theMainCompetenceIsATag() {
    assertEquals(EnumSet.of(Competence.FAGLIG), module(Competence.FAGLIG).competences());
  }

  @Test
  void aModuleCanCarrySeveralCompetencesAndKeepsItsMainOneAmongThem() {
    LearningModule module = module(Competence.SOCIAL);

    module.tag(Set.of(Competence.FAGLIG, Competence.SOCIAL));

    assertEquals(EnumSet.of(Competence.FAGLIG, Competence.SOCIAL), module.competences());
    assertEquals(Competence.SOCIAL, module.description().competence());
  }

  @Test
  void removingTheMainCompetenceMakesTheFirstTagTheMainOneOrNone() {
    LearningModule module = module(Competence.SOCIAL);

    module.tag(Set.of(Competence.PRAKTISK, Competence.ORGANISATORISK));
    assertEquals(Competence.ORGANISATORISK, module.description().competence());

    module.tag(Set.of());
    assertNull(module.description().competence());
  }
}
