package dk.godstart.dashboard.domain;

/**
 * Mentorer: each mentor's load, counted over active hires of the period, by the database ({@code
 * dk.godstart.dashboard.application.MentorsQuery}); mentors with the most hires come first.
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
}
