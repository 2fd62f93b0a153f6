package dk.godstart.enrollment.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.enrollment.application.HirePath.Helper;
import dk.godstart.enrollment.application.HirePath.PathModule;
import dk.godstart.enrollment.application.HirePath.PhaseView;
import dk.godstart.enrollment.application.HirePath.StepView;
import dk.godstart.enrollment.application.ReflectionFacts.NoteOnPath;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.enrollment.domain.PathState;
import dk.godstart.enrollment.domain.UnlockedModule;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.player.application.AttemptQueries;
import dk.godstart.player.application.AttemptQueries.MyModule;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.ProcessStep;
import dk.godstart.process.domain.ProgrammeEntry;
import dk.godstart.process.domain.unlock.ModuleUnlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hire's path as the hire, their mentors and their leader see it: what is open and why, what is
 * locked and what it waits for, and how far the hire got with each module.
 */
@ApplicationScoped
@Transactional
public class HirePaths {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;
  @Inject EnrollmentAccess access;
  @Inject Unlocking unlocking;
  @Inject AttemptQueries attempts;
  @Inject ReflectionFacts reflection;

  /** The caller's own active path, if they have one. */
  public java.util.Optional<HirePath> mine(Locale locale) {
    return enrollments
        .activeOf(currentUser.getAccount().id())
        .map(enrollment -> build(enrollment, locale));
  }

  public HirePath path(long enrollmentId, Locale locale) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireView(enrollment);
    return build(enrollment, locale);
  }

  /** What the caller may do on the path of this enrolment (which they may see). */
  public EnrollmentAccess.PathRights rights(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    access.requireView(enrollment);
    return access.rightsOn(enrollment);
  }

  /** The hire has seen what is new on their path. */
  public void markSeen(long enrollmentId) {
    Enrollment enrollment = enrollments.require(enrollmentId);
    if (enrollment.hire().id().equals(currentUser.getAccount().id())) {
      unlocked(enrollment).values().forEach(u -> u.markSeen(clock.instant()));
    }
  }

  /**
   * The state of each module on the account's active path, for the player's list of modules (which
   * speaks the path's vocabulary); empty without an active enrolment.
   */
  public Map<Long, PathState> statesOf(long accountId) {
    return enrollments
        .activeOf(accountId)
        .map(e -> build(e, Locale.ROOT).allModules())
        .orElse(List.of())
        .stream()
        .collect(Collectors.toMap(PathModule::moduleId, PathModule::pathState, (a, b) -> a));
  }

  private boolean readByTheHire(Enrollment enrollment) {
    return currentUser.isSignedIn() && enrollment.hire().id().equals(currentUser.getAccount().id());
  }

  /** What a mentor or leader calls the hire in a sentence: "Sofie har gennemført …". */
  private static String firstName(Enrollment enrollment) {
    String name = enrollment.hire().displayName().strip();
    int space = name.indexOf(' ');
    return space > 0 ? name.substring(0, space) : name;
  }

  private HirePath build(Enrollment enrollment, Locale locale) {
    Map<Long, UnlockedModule> unlocked = unlocked(enrollment);
    Map<Long, MyModule> standing = attempts.standingOf(enrollment.hire().id());
    WorkReading work = new WorkReading(access.workShownOn(enrollment), attempts, enrollment);
    Map<Long, NoteOnPath> notes = reflection.notesByModule(enrollment.id());
    Map<Long, ModuleUnlock> verdicts =
        unlocking.evaluate(enrollment).stream()
            .collect(Collectors.toMap(ModuleUnlock::moduleId, Function.identity()));
    Map<String, LocalDate> reached = unlocking.facts(enrollment).stepsReached();
    List<ProcessStep> steps = enrollment.programme().process().steps();
    Map<Long, String> titles = new HashMap<>();
    enrollment.programme().entries().forEach(e -> titles.put(e.module().id(), e.module().title()));
    unlocked.values().forEach(u -> titles.put(u.module().id(), u.module().title()));
    PathTexts texts =
        new PathTexts(
                locale,
                steps.stream().collect(Collectors.toMap(ProcessStep::code, ProcessStep::name)),
                titles)
            .aboutSomeoneElse(readByTheHire(enrollment) ? null : firstName(enrollment));
    List<PhaseView> phases =
        Arrays.stream(Phase.values())
            .map(
                phase ->
                    new PhaseView(
                        phase,
                        steps.stream()
                            .filter(s -> s.phase() == phase)
                            .map(
                                s ->
                                    new StepView(
                                        s.code(), s.name(), s.description(), reached.get(s.code())))
                            .toList(),
                        enrollment.programme().entries().stream()
                            .filter(e -> e.terms().phase() == phase)
                            .map(e -> module(e, verdicts, unlocked, standing, notes, texts, work))
                            .toList()))
            .filter(p -> !p.steps().isEmpty() || !p.modules().isEmpty())
            .toList();
    java.util.Set<Long> inProgramme =
        enrollment.programme().entries().stream()
            .map(e -> e.module().id())
            .collect(Collectors.toSet());
    List<PathModule> extra =
        unlocked.values().stream()
            .filter(u -> !inProgramme.contains(u.module().id()))
            .map(u -> unlockedModule(u.module(), u, standing, notes, texts, false, work))
            .toList();
    LocalDate today = unlocking.today();
    return new HirePath(
        enrollment.id(),
        enrollment.hire().username(),
        enrollment.hire().displayName(),
        enrollment.startDate(),
        enrollment.status().name(),
        enrollment.programme().name(),
        enrollment.programme().hiresReportSteps(),
        enrollment.currentMentors(today).stream()
            .map(m -> new Helper(m.mentor().username(), m.mentor().displayName(), m.isPrimary()))
            .toList(),
        enrollment
            .buddyOn(today)
            .map(b -> new Helper(b.username(), b.displayName(), false))
            .orElse(null),
        phases,
        extra);
  }

  private PathModule module(
      ProgrammeEntry entry,
      Map<Long, ModuleUnlock> verdicts,
      Map<Long, UnlockedModule> unlocked,
      Map<Long, MyModule> standing,
      Map<Long, NoteOnPath> notes,
      PathTexts texts,
      WorkReading work) {
    LearningModule module = entry.module();
    UnlockedModule open = unlocked.get(module.id());
    if (open != null) {
      return unlockedModule(module, open, standing, notes, texts, entry.terms().required(), work);
    }
    ModuleUnlock verdict = verdicts.get(module.id());
    return new PathModule(
        module.id(),
        module.title(),
        PathState.LOCKED,
        entry.terms().required(),
        null,
        null,
        verdict == null ? List.of() : verdict.waitingFor(),
        verdict == null
            ? null
            : texts.waiting(
                verdict.waitingFor(),
                entry.terms().rule() instanceof dk.godstart.process.domain.unlock.AnyOf),
        verdict == null ? null : verdict.opensOn(),
        null,
        null,
        null,
        false,
        null,
        null);
  }

  private static PathModule unlockedModule(
      LearningModule module,
      UnlockedModule open,
      Map<Long, MyModule> standing,
      Map<Long, NoteOnPath> notes,
      PathTexts texts,
      boolean required,
      WorkReading work) {
    MyModule attempt = standing.get(module.id());
    NoteOnPath note = notes.get(module.id());
    boolean completed = attempt != null && attempt.completed();
    PathState state =
        PathState.of(
            new PathState.Facts(
                open != null,
                attempt != null,
                completed,
                note == null ? null : new PathState.Reflection(note.submitted(), note.reviewed())));
    var reason = open == null ? null : UnlockReasons.fromJson(open.reason());
    return new PathModule(
        module.id(),
        module.title(),
        state,
        required,
        reason,
        texts.reason(reason),
        List.of(),
        null,
        null,
        open == null ? null : open.unlockedOn(),
        open == null ? null : open.dueOn(),
        attempt == null ? null : attempt.attemptId(),
        // A module the hire has started was seen, even if they came by a link, not Min vej.
        open != null && open.isNew() && attempt == null,
        note,
        work.of(module.id()));
  }

  /**
   * The hire's work per module, cut to what the reader may see ({@link
   * EnrollmentAccess#workShownOn}): the page shows what it gets.
   */
  private static final class WorkReading {
    private final EnrollmentAccess.WorkShown shown;
    private final Map<Long, AttemptQueries.ModuleWork> work;

    WorkReading(EnrollmentAccess.WorkShown shown, AttemptQueries attempts, Enrollment enrollment) {
      this.shown = shown;
      this.work =
          shown == EnrollmentAccess.WorkShown.NONE
              ? Map.of()
              : attempts.workOf(enrollment.hire().id());
    }

    HirePath.Work of(long moduleId) {
      AttemptQueries.ModuleWork w = work.get(moduleId);
      if (w == null) {
        return null;
      }
      boolean results = shown == EnrollmentAccess.WorkShown.RESULTS;
      return new HirePath.Work(
          results && w.scoreScaled() != null
              ? w.scoreScaled()
                  .movePointRight(2)
                  .setScale(0, java.math.RoundingMode.HALF_UP)
                  .intValue()
              : null,
          results ? Math.round(w.secondsSpent() / 60.0) : null,
          w.lastActivityAt());
    }
  }

  private Map<Long, UnlockedModule> unlocked(Enrollment enrollment) {
    return em.createQuery(
            "select u from UnlockedModule u where u.enrollment = :e", UnlockedModule.class)
        .setParameter("e", enrollment)
        .getResultStream()
        .collect(Collectors.toMap(u -> u.module().id(), Function.identity()));
  }
}
