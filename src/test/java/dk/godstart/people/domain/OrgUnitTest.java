package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.godstart.kernel.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrgUnitTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

  private final OrgUnit kommune = new OrgUnit("Kommune", null, NOW);
  private final OrgUnit children = new OrgUnit("Børn og Unge", kommune, NOW);
  private final OrgUnit team = new OrgUnit("Team Nord", children, NOW);
  private final OrgUnit jobcenter = new OrgUnit("Jobcenter", kommune, NOW);

  @Test
  void aUnitMovesWithEverythingBelowIt() {
    children.moveUnder(jobcenter);

    assertSame(jobcenter, children.parent());
    assertSame(children, team.parent());
    assertSame(kommune, team.organisation());
  }

  @Test
  void aUnitMayMoveToTheTop() {
    children.moveUnder(null);

    assertNull(children.parent());
    assertSame(children, team.organisation());
  }

  @Test
  void aUnitCannotMoveUnderItself() {
    InvalidInput refused = assertThrows(InvalidInput.class, () -> children.moveUnder(children));

    assertEquals("org-unit.cycle", refused.details().get(0).code());
    assertSame(kommune, children.parent());
  }

  @Test
  void aUnitCannotMoveUnderOneOfItsOwnUnits() {
    assertThrows(InvalidInput.class, () -> kommune.moveUnder(team));

    assertNull(kommune.parent(), "the tree is unchanged");
  }
}
