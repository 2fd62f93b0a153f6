package dk.godstart.enrollment.domain;

import dk.godstart.people.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A mentor of an enrolment, primary or substitute, from one date until (maybe) another. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mentor_id")
  private Account mentor;

  @Column(name = "primary_mentor", nullable = false)
  private boolean primary;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  protected MentorAssignment() {}

  MentorAssignment(Enrollment enrollment, Account mentor, boolean primary, LocalDate from) {
    this.enrollment = enrollment;
    this.mentor = mentor;
    this.primary = primary;
    this.from = from;
  }

  /**
   * Whether the assignment holds on {@code day}. Before the enrolment starts, the mentors assigned
   * for its start are already current: they prepare it.
   */
  boolean isCurrentOn(LocalDate day) {
    LocalDate start = enrollment.startDate();
    LocalDate reference = start != null && start.isAfter(day) ? start : day;
    return !from.isAfter(reference) && (to == null || !to.isBefore(day));
  }

  boolean isOpen() {
    return to == null;
  }

  void endOn(LocalDate day) {
    this.to = day;
  }

  public Account mentor() {
    return mentor;
  }

  public boolean isPrimary() {
    return primary;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }
}
