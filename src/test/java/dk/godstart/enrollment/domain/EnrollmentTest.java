package dk.godstart.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

  private static final LocalDate START = LocalDate.of(2026, 11, 4); // a Wednesday
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  private static Account person(long id, String name, Role... roles) {
    Account account = new Account(name, name, "hash", Set.of(roles), null, NOW);
    try {
      Field field = Account.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(account, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return account;
  }

  private final Account mette = person(1, "mette");
  private final Account lars = person(2, "lars");
  private final Account jonas = person(3, "jonas");
  private final Account anders = person(4, "anders");

  private Enrollment enrollment() {
    return new Enrollment(person(9, "sofie"), null, null, START, NOW);
  }

  @Test
  void theMentorsAreThePrimaryFirstThenTheSubstitutes() {
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(mette, List.of(lars), START);

    assertEquals(
        List.of("mette", "lars"),
        enrollment.currentMentors(START).stream().map(m -> m.mentor().username()).toList());
    assertTrue(enrollment.isMentorOn(2, START.plusDays(3)));
    assertFalse(enrollment.isMentorOn(3, START));
  }

  @Test
  void changingMentorsKeepsTheEarlierOnesAsHistory() {
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(mette, List.of(lars), START);
    enrollment.assignMentors(jonas, List.of(), START.plusDays(10));

    assertTrue(enrollment.isMentorOn(1, START.plusDays(9)));
    assertFalse(enrollment.isMentorOn(1, START.plusDays(10)));
    assertTrue(enrollment.isMentorOn(3, START.plusDays(10)));
    assertEquals(3, enrollment.mentorHistory().size());
  }

  @Test
  void theMentorsOfAHireWhoStartsLaterAreHerMentorsAlreadyToPrepareTheStart() {
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(mette, List.of(lars), START);

    assertTrue(enrollment.isMentorOn(1, START.minusMonths(1)));
    assertTrue(enrollment.isMentorOn(2, START.minusDays(1)));
    assertFalse(enrollment.isMentorOn(3, START.minusDays(1)));
  }

  @Test
  void aMentorsRightsNeedTheMentorRoleAsWellAsTheAssignment() {
    Account withRole = person(5, "karen", Role.MENTOR);
    Account withoutRole = person(6, "ole");
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(withRole, List.of(withoutRole), START);

    assertTrue(enrollment.grantsMentorRights(withRole, START.plusDays(1)));
    assertFalse(enrollment.grantsMentorRights(withoutRole, START.plusDays(1)));
  }

  @Test
  void theMentorsOfAnEnrolmentThatStartsLaterAreCurrentAlreadySoTheyCanPrepare() {
    Account karen = person(5, "karen", Role.MENTOR);
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(karen, List.of(), START);

    assertTrue(enrollment.grantsMentorRights(karen, START.minusDays(20)));
  }

  @Test
  void mentorsReplacedBeforeTheStartLoseTheirRightsAtOnce() {
    Account karen = person(5, "karen", Role.MENTOR);
    Account ole = person(6, "ole", Role.MENTOR);
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(karen, List.of(), START);
    enrollment.assignMentors(ole, List.of(), START.minusDays(10));

    assertFalse(enrollment.grantsMentorRights(karen, START.minusDays(5)));
    assertTrue(enrollment.grantsMentorRights(ole, START.minusDays(5)));
    assertTrue(enrollment.grantsMentorRights(ole, START.plusDays(5)));
  }

  @Test
  void anEndedEnrolmentEndsEveryMentorsRights() {
    Account karen = person(5, "karen", Role.MENTOR);
    Enrollment enrollment = enrollment();
    enrollment.assignMentors(karen, List.of(), START);

    enrollment.end(EnrollmentStatus.LEFT, START.plusDays(30));

    assertFalse(enrollment.grantsMentorRights(karen, START.plusDays(2)));
  }

  @Test
  void thePrimaryMentorCannotAlsoBeASubstitute() {
    assertThrows(
        InvalidInput.class, () -> enrollment().assignMentors(mette, List.of(mette), START));
  }

  @Test
  void buddiesTakeTurnsWeekByWeekFromTheMondayOfTheStartWeek() {
    Enrollment enrollment = enrollment();
    enrollment.planBuddies(List.of(anders, jonas), START, NOW);

    assertEquals(LocalDate.of(2026, 11, 2), enrollment.rota().get(0).weekStart());
    assertEquals(Enrollment.ROTA_WEEKS, enrollment.rota().size());
    assertEquals("anders", enrollment.buddyOn(START).orElseThrow().username());
    assertEquals("jonas", enrollment.buddyOn(START.plusWeeks(1)).orElseThrow().username());
    assertEquals("anders", enrollment.buddyOn(START.plusWeeks(2)).orElseThrow().username());
  }

  @Test
  void replanningBuddiesReplacesTheComingWeeksAndKeepsThePastOnes() {
    Enrollment enrollment = enrollment();
    enrollment.planBuddies(List.of(anders), START, NOW);
    enrollment.planBuddies(List.of(jonas), START.plusWeeks(2), NOW);

    assertEquals("anders", enrollment.buddyOn(START.plusWeeks(1)).orElseThrow().username());
    assertEquals("jonas", enrollment.buddyOn(START.plusWeeks(2)).orElseThrow().username());
  }

  @Test
  void anEnrolmentEndsOnceAsCompletedOrLeft() {
    Enrollment enrollment = enrollment();
    enrollment.end(EnrollmentStatus.LEFT, START.plusDays(40));

    assertFalse(enrollment.isActive());
    assertEquals(START.plusDays(40), enrollment.endedOn());
    assertThrows(
        Conflict.class, () -> enrollment.end(EnrollmentStatus.COMPLETED, START.plusDays(50)));
  }
}
