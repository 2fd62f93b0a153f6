package dk.godstart.player.domain;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.people.domain.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's attempt at a module, on the package version it started with. It accepts the
 * player's commits in order only, and knows when the module is completed: as its {@link
 * ModuleCompletion} says.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id")
  private Account learner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id")
  private PackageVersion version;

  @Column(nullable = false)
  private int number;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_sco", length = 255)
  private String lastSco;

  @Column(name = "sequencing_state")
  private String sequencingState;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "sealed_at")
  private Instant sealedAt;

  @Column(name = "score_scaled", precision = 7, scale = 6)
  private BigDecimal scoreScaled;

  @Column(name = "total_time_ms", nullable = false)
  private long totalTimeMs;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
  private List<ScoState> scos = new ArrayList<>();

  protected Attempt() {}

  public Attempt(Account learner, PackageVersion version, int number, Instant now) {
    this.learner = Objects.requireNonNull(learner);
    this.version = Objects.requireNonNull(version);
    this.module = version.module();
    this.number = number;
    this.startedAt = now;
    this.lastActivityAt = now;
  }

  /**
   * Records a commit for one SCO, by the rules of {@link AttemptProgress#commit}: refused once the
   * attempt is completed or unless its sequence is higher than any accepted before. Returns whether
   * this commit completed the module.
   */
  public boolean commit(
      long sequence,
      String sco,
      String cmiJson,
      ScoResult result,
      boolean suspend,
      ScoState.Session session,
      ModuleCompletion completion,
      Instant now) {
    AttemptProgress.Step step =
        progress()
            .commit(
                sequence,
                sco,
                result,
                suspend,
                session == null ? null : session.time(),
                completion);
    lastSequence = sequence;
    lastSco = sco;
    lastActivityAt = now;
    state(sco).orElseGet(() -> addState(sco, now)).record(cmiJson, step.sco(), now);
    totalTimeMs = step.attempt().totalTimeMs();
    scoreScaled = step.scoreScaled();
    if (step.sealedNow()) {
      sealedAt = now;
    }
    if (step.completedNow()) {
      completedAt = now;
      return true;
    }
    return false;
  }

  /**
   * Seals a completed attempt when it is opened again: whatever session completed it is over, and
   * the attempt is a record from now on.
   */
  public void sealIfCompleted(Instant now) {
    if (completedAt != null && sealedAt == null) {
      sealedAt = now;
    }
  }

  public boolean isSealed() {
    return sealedAt != null;
  }

  /** Where the learner stands in this attempt, for the rules of a commit. */
  public AttemptProgress progress() {
    Map<String, ScoProgress> progress = new HashMap<>();
    scos.forEach(state -> progress.put(state.sco(), state.progress()));
    return new AttemptProgress(
        lastSequence, lastSco, completedAt != null, sealedAt != null, totalTimeMs, progress);
  }

  private ScoState addState(String sco, Instant now) {
    ScoState state = new ScoState(this, sco, now);
    scos.add(state);
    return state;
  }

  public Optional<ScoState> state(String sco) {
    return scos.stream().filter(s -> s.sco().equals(sco)).findFirst();
  }

  public Long id() {
    return id;
  }

  public Account learner() {
    return learner;
  }

  public LearningModule module() {
    return module;
  }

  public PackageVersion version() {
    return version;
  }

  public int number() {
    return number;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastSco() {
    return lastSco;
  }

  /**
   * Keeps the sequencing engine's state for the next page load. It is the engine's own data: the
   * server stores it and hands it back, and decides nothing from it.
   */
  public void keepSequencingState(String state, Instant now) {
    AttemptProgress.requireOpen(sealedAt != null);
    sequencingState = state;
    lastActivityAt = now;
  }

  public String sequencingState() {
    return sequencingState;
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public BigDecimal scoreScaled() {
    return scoreScaled;
  }

  public Duration totalTime() {
    return Duration.ofMillis(totalTimeMs);
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public List<ScoState> scoStates() {
    return Collections.unmodifiableList(scos);
  }
}
