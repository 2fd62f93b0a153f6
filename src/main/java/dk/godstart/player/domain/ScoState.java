package dk.godstart.player.domain;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's data on one SCO of an attempt: the full CMI data as the runtime last sent it, and
 * what the LMS judged from it.
 */
@Entity
@Table(name = "sco_state")
public class ScoState {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id")
  private Attempt attempt;

  @Column(nullable = false, length = 255)
  private String sco;

  @Column(name = "cmi_json", columnDefinition = "LONGTEXT")
  private String cmiJson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ScoResult.Completion completion = ScoResult.Completion.NOT_ATTEMPTED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ScoResult.Success success = ScoResult.Success.UNKNOWN;

  @Column(name = "score_raw", precision = 12, scale = 4)
  private BigDecimal scoreRaw;

  @Column(name = "score_scaled", precision = 7, scale = 6)
  private BigDecimal scoreScaled;

  @Column(nullable = false)
  private boolean suspended;

  @Column(nullable = false)
  private int sessions;

  @Column(name = "total_time_ms", nullable = false)
  private long totalTimeMs;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  protected ScoState() {}

  ScoState(Attempt attempt, String sco, Instant now) {
    this.attempt = Objects.requireNonNull(attempt);
    this.sco = Objects.requireNonNull(sco);
    this.lastActivityAt = now;
  }

  /**
   * Takes one commit's data. Whether the SCO asked to be suspended decides how it starts next time,
   * even if the session never terminated (a closed tab, a crash). A terminating commit ends a
   * session: its session time is added to the total.
   */
  void record(String cmiJson, ScoResult result, boolean suspend, Session session, Instant now) {
    this.cmiJson = cmiJson;
    this.completion = result.completion();
    this.success = result.success();
    this.scoreRaw = result.scoreRaw();
    this.scoreScaled = result.scoreScaled();
    this.lastActivityAt = now;
    this.suspended = suspend;
    if (session != null) {
      sessions++;
      totalTimeMs += session.time().toMillis();
    }
  }

  /** A session of a SCO that ended: how long it lasted. */
  public record Session(Duration time) {}

  /**
   * What the runtime's {@code cmi.entry} is next time: resume after a suspend; the first time, a
   * new start; otherwise empty, as SCORM prescribes for a session after a normal exit.
   */
  public String nextEntry() {
    if (suspended) {
      return "resume";
    }
    return sessions == 0 && cmiJson == null ? "ab-initio" : "";
  }

  public ScoResult result() {
    return new ScoResult(completion, success, scoreRaw, scoreScaled);
  }

  public String sco() {
    return sco;
  }

  public String cmiJson() {
    return cmiJson;
  }

  public Duration totalTime() {
    return Duration.ofMillis(totalTimeMs);
  }

  public int sessions() {
    return sessions;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }
}
