package dk.godstart.player.application;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.DanishTime;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import dk.godstart.player.domain.Attempt;
import dk.godstart.player.domain.ScoState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading attempts: a learner's own modules and attempts, and their mentors' view of them. */
@ApplicationScoped
@Transactional
public class AttemptQueries {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject ModuleAccess moduleAccess;
  @Inject LearnerOversight oversight;
  @Inject PackageFactsCache packages;

  /** A module the caller may take, with where they stand in it. */
  public record MyModule(
      long moduleId, String title, String state, Long attemptId, boolean completed) {

    /** Not opened yet: the page offers to start rather than continue or review. */
    public boolean isFresh() {
      return attemptId == null;
    }
  }

  private static final String COMPLETED = "completed";

  /** An attempt with its status, score and the data of each SCO. */
  public record AttemptView(
      long id,
      long moduleId,
      String title,
      String learner,
      int number,
      int version,
      String status,
      Instant startedAt,
      Instant completedAt,
      BigDecimal scoreScaled,
      long totalSeconds,
      List<ScoView> scos) {}

  /** One SCO's tracking data. */
  public record ScoView(
      String identifier,
      String title,
      String status,
      boolean finished,
      String nextEntry,
      BigDecimal scoreRaw,
      BigDecimal scoreScaled,
      long totalSeconds,
      int sessions,
      Instant lastActivityAt) {}

  /**
   * Where a learner stands in each module they attempted: the latest attempt per module. For the
   * enrolment feature's path, which checks who may see it.
   */
  public Map<Long, MyModule> standingOf(long learnerId) {
    return em.createQuery(
            "select a from Attempt a where a.learner.id = :l and a.number = (select"
                + " max(b.number) from Attempt b where b.learner = a.learner and b.module ="
                + " a.module)",
            Attempt.class)
        .setParameter("l", learnerId)
        .getResultStream()
        .collect(
            Collectors.toMap(
                a -> a.module().id(), a -> myModule(a.module().id(), a.module().title(), a)));
  }

  /**
   * A learner's work in one module over all their attempts: the latest attempt's score (scaled,
   * null when the module reports none), the time spent in all attempts, and the last activity.
   */
  public record ModuleWork(
      long moduleId, BigDecimal scoreScaled, long secondsSpent, Instant lastActivityAt) {}

  /**
   * The learner's work per module, for the enrolment feature's path, which decides who may read
   * which part of it.
   */
  public Map<Long, ModuleWork> workOf(long learnerId) {
    Map<Long, ModuleWork> work = new HashMap<>();
    em.createQuery(
            "select a from Attempt a where a.learner.id = :l order by a.number", Attempt.class)
        .setParameter("l", learnerId)
        .getResultStream()
        .forEach(
            a ->
                work.merge(
                    a.module().id(),
                    new ModuleWork(
                        a.module().id(),
                        a.scoreScaled(),
                        a.totalTime().toSeconds(),
                        a.lastActivityAt()),
                    // Attempts come in order: the later one's score, time added up.
                    (earlier, later) ->
                        new ModuleWork(
                            later.moduleId(),
                            later.scoreScaled(),
                            earlier.secondsSpent() + later.secondsSpent(),
                            later.lastActivityAt().isAfter(earlier.lastActivityAt())
                                ? later.lastActivityAt()
                                : earlier.lastActivityAt())));
    return work;
  }

  /** The day each module was first completed by the learner (in Danish time). */
  public Map<Long, LocalDate> completedModules(long learnerId) {
    Map<Long, LocalDate> completed = new HashMap<>();
    em.createQuery(
            "select a.module.id, min(a.completedAt) from Attempt a where a.learner.id = :l and"
                + " a.completedAt is not null group by a.module.id",
            Object[].class)
        .setParameter("l", learnerId)
        .getResultStream()
        .forEach(row -> completed.put((Long) row[0], DanishTime.day(toInstant(row[1]))));
    return completed;
  }

  private static Instant toInstant(Object value) {
    return value instanceof Instant instant ? instant : ((java.sql.Timestamp) value).toInstant();
  }

  public List<MyModule> myModules() {
    if (!currentUser.has(Role.HIRE)) {
      return List.of();
    }
    long learner = currentUser.getAccount().id();
    Set<Long> open = moduleAccess.openModules(learner);
    if (open.isEmpty()) {
      return List.of();
    }
    // The path's own states (reflected, reviewed...) where the learner has a path.
    Map<Long, String> states = moduleAccess.states(learner);
    Map<Long, Attempt> latest =
        em.createQuery(
                "select a from Attempt a where a.learner.id = :l and a.number = (select"
                    + " max(b.number) from Attempt b where b.learner = a.learner and b.module ="
                    + " a.module)",
                Attempt.class)
            .setParameter("l", learner)
            .getResultStream()
            .collect(Collectors.toMap(a -> a.module().id(), Function.identity()));
    return em.createQuery(
            "select m.id, m.title from LearningModule m where m.id in :ids order by m.title",
            Object[].class)
        .setParameter("ids", open)
        .getResultStream()
        .map(row -> myModule((Long) row[0], (String) row[1], latest.get((Long) row[0])))
        .map(
            m ->
                new MyModule(
                    m.moduleId(),
                    m.title(),
                    states.getOrDefault(m.moduleId(), m.state()),
                    m.attemptId(),
                    m.completed()))
        .toList();
  }

  private static MyModule myModule(long id, String title, Attempt attempt) {
    String state = attempt == null ? "unlocked" : attempt.isCompleted() ? COMPLETED : "in-progress";
    return new MyModule(
        id,
        title,
        state,
        attempt == null ? null : attempt.id(),
        attempt != null && attempt.isCompleted());
  }

  public AttemptView attempt(long attemptId) {
    Attempt attempt = em.find(Attempt.class, attemptId);
    if (attempt == null) {
      throw new NotFound("attempt.not-found");
    }
    Account learner = attempt.learner();
    boolean own = learner.username().equals(currentUser.getUsername());
    if (!own && !oversight.oversees(currentUser.getAccount().id(), learner.id())) {
      throw new AccessDenied();
    }
    Map<String, ScoState> states =
        attempt.scoStates().stream().collect(Collectors.toMap(ScoState::sco, Function.identity()));
    PackageFacts facts = packages.of(attempt.version());
    List<ScoView> scos =
        facts.scos().stream()
            .map(sco -> scoView(sco, states.get(sco.identifier()), facts.isScorm12()))
            .toList();
    return new AttemptView(
        attempt.id(),
        attempt.module().id(),
        attempt.module().title(),
        learner.username(),
        attempt.number(),
        attempt.version().number(),
        attempt.isCompleted() ? "completed" : "in-progress",
        attempt.startedAt(),
        attempt.completedAt(),
        attempt.scoreScaled(),
        attempt.totalTime().toSeconds(),
        scos);
  }

  private static ScoView scoView(PackageFacts.ScoFacts sco, ScoState state, boolean scorm12) {
    if (state == null) {
      return new ScoView(
          sco.identifier(),
          sco.title(),
          "not attempted",
          false,
          "ab-initio",
          null,
          null,
          0,
          0,
          null);
    }
    return new ScoView(
        sco.identifier(),
        sco.title(),
        state.result().status(),
        state.result().isFinished(),
        state.nextEntry(scorm12),
        state.result().scoreRaw(),
        state.result().scoreScaled(),
        state.totalTime().toSeconds(),
        state.sessions(),
        state.lastActivityAt());
  }
}
