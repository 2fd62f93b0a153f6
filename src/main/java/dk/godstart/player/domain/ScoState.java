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

  /** Takes one commit's data and the SCO's progress after it ({@link ScoProgress#after}). */
  void record(String cmiJson, ScoProgress progress, Instant now) {
    this.cmiJson = cmiJson;
    this.completion = progress.result().completion();
    this.success = progress.result().success();
    this.scoreRaw = progress.result().scoreRaw();
    this.scoreScaled = progress.result().scoreScaled();
    this.lastActivityAt = now;
    this.suspended = progress.suspended();
    this.sessions = progress.sessions();
    this.totalTimeMs = progress.totalTimeMs();
  }

  /** A session of a SCO that ended: how long it lasted. */
  public record Session(Duration time) {}

  /** Where the learner stands on this SCO. */
  public ScoProgress progress() {
    return new ScoProgress(result(), suspended, sessions, totalTimeMs, cmiJson != null);
  }

  /** The runtime's {@code cmi.entry} next time, as {@link ScoProgress#nextEntry} decides. */
  public String nextEntry(boolean scorm12) {
    return progress().nextEntry(scorm12);
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
