package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.people.domain.Invitation.Purpose;
import dk.godstart.people.domain.Invitation.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant ISSUED = Instant.parse("2026-11-30T09:00:00Z");

  private final Account account =
      new Account("ny", "Ny Ansat", "hash", Set.of(Role.HIRE), null, ISSUED);

  private Invitation invitation(Purpose purpose) {
    return new Invitation(account, purpose, InvitationToken.hash("t"), null, ISSUED);
  }

  @Test
  void anInvitationIsOpenForSevenDaysAndThenExpired() {
    Invitation link = invitation(Purpose.INVITATION);

    assertEquals(State.OPEN, link.stateAt(ISSUED));
    assertEquals(State.OPEN, link.stateAt(ISSUED.plus(Duration.ofDays(7)).minusSeconds(1)));
    assertEquals(State.EXPIRED, link.stateAt(ISSUED.plus(Duration.ofDays(7))));
    assertEquals(ISSUED.plus(Duration.ofDays(7)), link.expiresAt());
  }

  @Test
  void aPasswordResetLinkLivesOneDay() {
    Invitation link = invitation(Purpose.PASSWORD_RESET);

    assertEquals(State.OPEN, link.stateAt(ISSUED.plus(Duration.ofHours(23))));
    assertEquals(State.EXPIRED, link.stateAt(ISSUED.plus(Duration.ofHours(24))));
  }

  @Test
  void aLinkWorksOnceOnly() {
    Invitation link = invitation(Purpose.INVITATION);

    assertTrue(link.use(ISSUED.plusSeconds(60)));
    assertEquals(State.USED, link.stateAt(ISSUED.plusSeconds(61)));
    assertFalse(link.use(ISSUED.plusSeconds(62)), "a second use is refused");
  }

  @Test
  void aUsedLinkStaysUsedAfterItWouldHaveExpired() {
    Invitation link = invitation(Purpose.INVITATION);
    link.use(ISSUED.plusSeconds(60));

    assertEquals(State.USED, link.stateAt(ISSUED.plus(Duration.ofDays(30))));
  }

  @Test
  void anExpiredLinkCannotBeUsed() {
    Invitation link = invitation(Purpose.INVITATION);

    assertFalse(link.use(ISSUED.plus(Duration.ofDays(8))));
    assertEquals(State.EXPIRED, link.stateAt(ISSUED.plus(Duration.ofDays(8))));
  }

  @Test
  void aWithdrawnLinkCannotBeUsed() {
    Invitation link = invitation(Purpose.INVITATION);
    link.withdraw(ISSUED.plusSeconds(10));

    assertEquals(State.WITHDRAWN, link.stateAt(ISSUED.plusSeconds(20)));
    assertFalse(link.use(ISSUED.plusSeconds(20)));
  }

  @Test
  void withdrawingAUsedLinkLeavesItUsed() {
    Invitation link = invitation(Purpose.INVITATION);
    link.use(ISSUED.plusSeconds(10));
    link.withdraw(ISSUED.plusSeconds(20));

    assertEquals(State.USED, link.stateAt(ISSUED.plusSeconds(30)));
  }

  @Test
  void theLinkOfADeactivatedAccountIsWithdrawn() {
    Invitation link = invitation(Purpose.INVITATION);
    account.deactivate();

    assertEquals(State.WITHDRAWN, link.stateAt(ISSUED.plusSeconds(10)));
    assertFalse(link.use(ISSUED.plusSeconds(10)));
  }
}
