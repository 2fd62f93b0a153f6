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
import java.time.Instant;
import java.time.LocalDate;

/** One week of the buddy rota: the colleague who is the new hire's buddy that week. */
@Entity
@Table(name = "buddy_week")
public class BuddyWeek {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "buddy_id")
  private Account buddy;

  @Column(name = "week_start", nullable = false)
  private LocalDate weekStart;

  @Column(name = "replaced_at")
  private Instant replacedAt;

  protected BuddyWeek() {}

  BuddyWeek(Enrollment enrollment, Account buddy, LocalDate weekStart) {
    this.enrollment = enrollment;
    this.buddy = buddy;
    this.weekStart = weekStart;
  }

  boolean isValid() {
    return replacedAt == null;
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(weekStart) && day.isBefore(weekStart.plusWeeks(1));
  }

  void replace(Instant now) {
    this.replacedAt = now;
  }

  public Enrollment enrollment() {
    return enrollment;
  }

  public Account buddy() {
    return buddy;
  }

  public LocalDate weekStart() {
    return weekStart;
  }
}
