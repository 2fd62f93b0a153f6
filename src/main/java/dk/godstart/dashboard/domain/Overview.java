package dk.godstart.dashboard.domain;

import java.util.List;

/**
 * Overblik: the leader's figures at a glance, counted by the database ({@code
 * dk.godstart.dashboard.application.OverviewQuery}, which holds each figure's definition as a query
 * part; the parameters below say what each means).
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
    List<MonthCount> completedByMonth) {}
