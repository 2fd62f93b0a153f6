package dk.godstart.dashboard.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Mentorer: each mentor's load, counted over active hires of the period.
 *
 * @param primaryHires active hires the mentor is primary mentor of today
 * @param substituteHires active hires the mentor is substitute for today
 */
public record MentorRow(long mentorId, String name, long primaryHires, long substituteHires) {

  public long hires() {
    return primaryHires + substituteHires;
  }

  /** Mentors with the most hires first. */
  public static List<MentorRow> of(Facts facts, Period period) {
    Map<Long, Enrolled> active =
        facts.hiresIn(period).stream()
            .filter(Enrolled::isActive)
            .collect(Collectors.toMap(Enrolled::enrollmentId, h -> h));
    Map<Long, List<Mentoring>> byMentor =
        facts.mentoring().stream()
            .filter(m -> active.containsKey(m.enrollmentId()))
            .collect(Collectors.groupingBy(Mentoring::mentorId));
    return byMentor.values().stream()
        .map(
            list ->
                new MentorRow(
                    list.get(0).mentorId(),
                    list.get(0).mentor(),
                    list.stream().filter(Mentoring::primary).count(),
                    list.stream().filter(m -> !m.primary()).count()))
        .sorted(
            Comparator.comparingLong(MentorRow::hires)
                .reversed()
                .thenComparing(MentorRow::name)
                .thenComparing(MentorRow::mentorId))
        .toList();
  }
}
