package dk.godstart.dashboard.domain;

import dk.godstart.kernel.DanishTime;
import dk.godstart.process.domain.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nyansatte: one row per hire.
 *
 * @param phase the phase of the first module of the programme (in its order) the hire has not
 *     completed; the last module's phase when all are completed; null without a plan
 * @param unlocked modules unlocked for the hire (programme or released)
 * @param completed of those, the ones completed
 * @param overdue required modules past their due date and not completed
 * @param lastActivity the hire's latest activity in any module; null if they never opened one
 * @param reflected modules the hire handed in a reflection note on
 * @param reviewed modules whose note a mentor marked reviewed
 * @param nextMeeting the next status meeting planned from today on and not yet held
 */
public record HireRow(
    long enrollmentId,
    String name,
    String unit,
    String programme,
    LocalDate startDate,
    String status,
    Phase phase,
    long unlocked,
    long completed,
    long overdue,
    Instant lastActivity,
    String primaryMentor,
    long reflected,
    long reviewed,
    Instant nextMeeting) {

  /** The hires of the period, newest start first. */
  public static List<HireRow> of(Facts facts, Period period, LocalDate today) {
    Map<Long, List<Progress>> progress = facts.progressByEnrollment();
    Map<Long, List<PlannedModule>> plans = facts.plansByProgramme();
    Map<Long, List<NoteFact>> notes = facts.notesByEnrollment();
    Map<Long, List<MeetingFact>> meetings =
        facts.meetings().stream()
            .collect(java.util.stream.Collectors.groupingBy(MeetingFact::enrollmentId));
    Map<Long, String> primaries = new java.util.HashMap<>();
    facts.mentoring().stream()
        .filter(Mentoring::primary)
        .forEach(m -> primaries.putIfAbsent(m.enrollmentId(), m.mentor()));
    return ordered(facts, period).stream()
        .map(
            h ->
                row(
                    h,
                    progress.getOrDefault(h.enrollmentId(), List.of()),
                    plans.getOrDefault(h.programmeId(), List.of()),
                    primaries.get(h.enrollmentId()),
                    notes.getOrDefault(h.enrollmentId(), List.of()),
                    meetings.getOrDefault(h.enrollmentId(), List.of()),
                    today))
        .toList();
  }

  /**
   * The table's hires in its order: those of the period, newest start first, then by name. A page
   * is cut from this order before the rest of its hires' facts is read.
   */
  public static List<Enrolled> ordered(Facts facts, Period period) {
    return facts.hiresIn(period).stream()
        .sorted(
            Comparator.comparing(Enrolled::startDate)
                .reversed()
                .thenComparing(Enrolled::name)
                .thenComparing(Enrolled::enrollmentId))
        .toList();
  }

  private static HireRow row(
      Enrolled hire,
      List<Progress> progress,
      List<PlannedModule> plan,
      String primaryMentor,
      List<NoteFact> notes,
      List<MeetingFact> meetings,
      LocalDate today) {
    return new HireRow(
        hire.enrollmentId(),
        hire.name(),
        hire.unit(),
        hire.programme(),
        hire.startDate(),
        hire.status(),
        phase(progress, plan),
        progress.size(),
        progress.stream().filter(Progress::isCompleted).count(),
        progress.stream().filter(p -> p.isOverdueOn(today)).count(),
        progress.stream()
            .map(Progress::lastActivity)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null),
        primaryMentor,
        notes.stream().filter(NoteFact::isReflection).map(NoteFact::moduleId).distinct().count(),
        notes.stream().filter(NoteFact::isReviewed).map(NoteFact::moduleId).distinct().count(),
        meetings.stream()
            .filter(m -> !m.isHeld())
            .map(MeetingFact::startsAt)
            .filter(at -> !DanishTime.day(at).isBefore(today))
            .min(Comparator.naturalOrder())
            .orElse(null));
  }

  static Phase phase(List<Progress> progress, List<PlannedModule> plan) {
    java.util.Set<Long> done =
        progress.stream()
            .filter(Progress::isCompleted)
            .map(Progress::moduleId)
            .collect(java.util.stream.Collectors.toSet());
    List<PlannedModule> ordered =
        plan.stream().sorted(Comparator.comparingInt(PlannedModule::position)).toList();
    return ordered.stream()
        .filter(m -> !done.contains(m.moduleId()))
        .findFirst()
        .or(
            () ->
                ordered.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(ordered.get(ordered.size() - 1)))
        .map(PlannedModule::phase)
        .orElse(null);
  }
}
