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
 * @param notesWaiting notes of those hires submitted and not yet answered (a shared queue: a note
 *     counts for each of the hire's mentors)
 * @param medianAnswerHours median whole hours from submission to the mentor's first response, over
 *     the notes the mentor answered that were submitted in the period; null if none
 * @param meetingsHeld status meetings held in the period with those hires
 */
public record MentorRow(
    long mentorId,
    String name,
    long primaryHires,
    long substituteHires,
    long notesWaiting,
    Double medianAnswerHours,
    long meetingsHeld) {

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
    Map<Long, List<NoteFact>> notes = facts.notesByEnrollment();
    // Grouped once: on 5,000 hires, filtering all notes for each mentor cost seconds.
    Map<Long, List<NoteFact>> answered =
        facts.notes().stream()
            .filter(n -> n.answeredBy() != null)
            .collect(Collectors.groupingBy(NoteFact::answeredBy));
    Map<Long, List<MeetingFact>> meetings =
        facts.meetings().stream().collect(Collectors.groupingBy(MeetingFact::enrollmentId));
    return byMentor.values().stream()
        .map(
            list -> {
              long mentor = list.get(0).mentorId();
              java.util.Set<Long> hires =
                  list.stream().map(Mentoring::enrollmentId).collect(Collectors.toSet());
              return new MentorRow(
                  mentor,
                  list.get(0).mentor(),
                  list.stream().filter(Mentoring::primary).count(),
                  list.stream().filter(m -> !m.primary()).count(),
                  hires.stream()
                      .flatMap(h -> notes.getOrDefault(h, List.of()).stream())
                      .filter(NoteFact::isWaiting)
                      .count(),
                  Median.of(
                      answered.getOrDefault(mentor, List.of()).stream()
                          .filter(n -> n.submittedAt() != null)
                          .filter(
                              n ->
                                  period.contains(
                                      java.time.LocalDate.ofInstant(
                                          n.submittedAt(), Progress.DANISH_TIME)))
                          .map(NoteFact::answerHours)
                          .filter(java.util.Objects::nonNull)
                          .mapToLong(Long::longValue)),
                  hires.stream()
                      .flatMap(h -> meetings.getOrDefault(h, List.of()).stream())
                      .filter(MeetingFact::isHeld)
                      .filter(
                          m ->
                              period.contains(
                                  java.time.LocalDate.ofInstant(m.heldAt(), Progress.DANISH_TIME)))
                      .count());
            })
        .sorted(
            Comparator.comparingLong(MentorRow::hires)
                .reversed()
                .thenComparing(MentorRow::name)
                .thenComparing(MentorRow::mentorId))
        .toList();
  }
}
