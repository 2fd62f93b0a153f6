package dk.godstart.enrollment.domain;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.OrgUnit;
import dk.godstart.people.domain.Role;
import dk.godstart.process.domain.Programme;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A new hire's enrolment in a programme: from the start date, with a primary mentor and substitutes
 * and a buddy rota. Changes of mentors and buddies keep the earlier ones as history.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

  /** How many weeks a buddy rota runs: the first two months. */
  public static final int ROTA_WEEKS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hire_id")
  private Account hire;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private EnrollmentStatus status = EnrollmentStatus.ACTIVE;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL)
  private List<MentorAssignment> mentors = new ArrayList<>();

  @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL)
  private List<BuddyWeek> buddyWeeks = new ArrayList<>();

  protected Enrollment() {}

  public Enrollment(
      Account hire, OrgUnit orgUnit, Programme programme, LocalDate startDate, Instant createdAt) {
    this.hire = hire;
    this.orgUnit = orgUnit;
    this.programme = programme;
    this.startDate = startDate;
    this.createdAt = createdAt;
  }

  /**
   * Makes these the mentors from the given day: the earlier ones end the day before and stay in the
   * history. The primary mentor may not also be a substitute.
   */
  public void assignMentors(Account primary, List<Account> substitutes, LocalDate from) {
    if (substitutes.stream().anyMatch(s -> s.id().equals(primary.id()))) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("enrollment.primary-also-substitute", "substitutes")));
    }
    for (MentorAssignment assignment : mentors) {
      if (assignment.isOpen()) {
        assignment.endOn(from.minusDays(1));
      }
    }
    mentors.add(new MentorAssignment(this, primary, true, from));
    substitutes.forEach(s -> mentors.add(new MentorAssignment(this, s, false, from)));
  }

  /**
   * Plans the buddy rota from the week of {@code from}: the colleagues take turns week by week for
   * {@link #ROTA_WEEKS} weeks. Weeks planned before from then on are replaced, not deleted.
   */
  public void planBuddies(List<Account> buddies, LocalDate from, Instant now) {
    if (buddies.isEmpty()) {
      return;
    }
    LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    buddyWeeks.stream()
        .filter(w -> w.isValid() && !w.weekStart().isBefore(firstWeek))
        .forEach(w -> w.replace(now));
    for (int week = 0; week < ROTA_WEEKS; week++) {
      buddyWeeks.add(
          new BuddyWeek(this, buddies.get(week % buddies.size()), firstWeek.plusWeeks(week)));
    }
  }

  /** Ends the enrolment: the programme is completed, or the person left. */
  public void end(EnrollmentStatus how, LocalDate on) {
    if (how == EnrollmentStatus.ACTIVE) {
      throw new IllegalArgumentException("An enrolment ends as completed or left");
    }
    if (status != EnrollmentStatus.ACTIVE) {
      throw new Conflict("enrollment.ended");
    }
    this.status = how;
    this.endedOn = on;
  }

  /**
   * The mentors on the given day. Before the start date these are the mentors of the first day:
   * mentors prepare the start (a desk, the first cases, the first talk) before the hire arrives.
   */
  public List<MentorAssignment> currentMentors(LocalDate day) {
    LocalDate mentoring = day.isBefore(startDate) ? startDate : day;
    return mentors.stream()
        .filter(m -> m.isCurrentOn(mentoring))
        .sorted(Comparator.comparing(MentorAssignment::isPrimary).reversed())
        .toList();
  }

  public boolean isMentorOn(long accountId, LocalDate day) {
    return currentMentors(day).stream().anyMatch(m -> m.mentor().id() == accountId);
  }

  /**
   * Whether the account holds a mentor's rights over this enrolment on {@code day}: the mentor
   * role, a current assignment, and an enrolment that has not ended (ending it ends every mentor's
   * access). The one rule behind every mentor's right, on pages, in the API and in the player.
   */
  public boolean grantsMentorRights(Account account, LocalDate day) {
    return account != null
        && account.hasRole(Role.MENTOR)
        && isActive()
        && isMentorOn(account.id(), day);
  }

  public Optional<Account> buddyOn(LocalDate day) {
    return buddyWeeks.stream()
        .filter(w -> w.isValid() && w.covers(day))
        .map(BuddyWeek::buddy)
        .findFirst();
  }

  public List<BuddyWeek> rota() {
    return buddyWeeks.stream()
        .filter(BuddyWeek::isValid)
        .sorted(Comparator.comparing(BuddyWeek::weekStart))
        .toList();
  }

  public List<MentorAssignment> mentorHistory() {
    return Collections.unmodifiableList(mentors);
  }

  public boolean isActive() {
    return status == EnrollmentStatus.ACTIVE;
  }

  public Long id() {
    return id;
  }

  public Account hire() {
    return hire;
  }

  public OrgUnit orgUnit() {
    return orgUnit;
  }

  public Programme programme() {
    return programme;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public EnrollmentStatus status() {
    return status;
  }

  public LocalDate endedOn() {
    return endedOn;
  }
}
