package dk.godstart.dashboard.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Overblik: the leader's figures at a glance. Each figure has its definition here, in one place.
 *
 * @param activeHires enrolments still running (status active), whatever the period
 * @param completedInPeriod first completions of unlocked modules dated within the period
 * @param dueCompletionRate of active hires' required modules that are due by today, the share
 *     completed; null when nothing is due
 * @param medianDaysToComplete median whole days from unlock to first completion, over the
 *     completions within the period; null when there are none
 * @param stalled active hires with an open module untouched for the configured number of days
 * @param overdue active hires with a required module past its due date and not completed
 * @param notesWaiting active hires' notes submitted and not yet answered
 * @param oldestWaitDays whole days the oldest of those has waited; null when none waits
 * @param completedByMonth the completions within the period per month ({@link MonthCount})
 */
public record Overview(
    long activeHires,
    long completedInPeriod,
    Double dueCompletionRate,
    Double medianDaysToComplete,
    List<HireRef> stalled,
    List<HireRef> overdue,
    long notesWaiting,
    Long oldestWaitDays,
    List<MonthCount> completedByMonth) {

  public static Overview of(Facts facts, Period period, LocalDate today, int stalledDays) {
    Map<Long, Enrolled> hires = facts.hiresByEnrollment();
    List<Progress> active =
        facts.progress().stream()
            .filter(p -> hires.containsKey(p.enrollmentId()))
            .filter(p -> hires.get(p.enrollmentId()).isActive())
            .toList();
    List<Progress> completedInPeriod =
        facts.progress().stream().filter(p -> period.contains(p.completedOn())).toList();
    List<NoteFact> waiting =
        facts.notes().stream()
            .filter(NoteFact::isWaiting)
            .filter(n -> hires.containsKey(n.enrollmentId()))
            .filter(n -> hires.get(n.enrollmentId()).isActive())
            .toList();
    List<Progress> due = active.stream().filter(p -> p.isDueBy(today)).toList();
    return new Overview(
        facts.hires().stream().filter(Enrolled::isActive).count(),
        completedInPeriod.size(),
        Share.of(due.stream().filter(Progress::isCompleted).count(), due.size()),
        Median.of(completedInPeriod.stream().mapToLong(p -> p.daysToComplete().getAsLong())),
        hiresWith(active, hires, p -> p.isStalledOn(today, stalledDays)),
        hiresWith(active, hires, p -> p.isOverdueOn(today)),
        waiting.size(),
        waiting.stream()
            .mapToLong(n -> n.daysWaiting(today))
            .boxed()
            .max(Long::compare)
            .orElse(null),
        MonthCount.of(completedInPeriod, period));
  }

  private static List<HireRef> hiresWith(
      List<Progress> progress, Map<Long, Enrolled> hires, Predicate<Progress> test) {
    return progress.stream()
        .filter(test)
        .map(p -> hires.get(p.enrollmentId()))
        .distinct()
        .sorted(Comparator.comparing(Enrolled::name).thenComparing(Enrolled::enrollmentId))
        .map(HireRef::of)
        .toList();
  }
}
