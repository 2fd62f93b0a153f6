package dk.godstart.dashboard.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the dashboards count, for the hires in one scope and period: their enrolments, their
 * progress per unlocked module, their programmes' plans and their current mentors. Every figure is
 * a pure function of these facts, so each is defined once and tested without a database.
 */
public record Facts(
    List<Enrolled> hires,
    List<Progress> progress,
    List<PlannedModule> plans,
    List<Mentoring> mentoring,
    Map<Long, String> moduleTitles,
    List<NoteFact> notes,
    List<MeetingFact> meetings) {

  public Facts {
    notes = List.copyOf(notes);
    meetings = List.copyOf(meetings);
    moduleTitles = Map.copyOf(moduleTitles);
    hires = List.copyOf(hires);
    progress = List.copyOf(progress);
    plans = List.copyOf(plans);
    mentoring = List.copyOf(mentoring);
  }

  public static Facts none() {
    return new Facts(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
  }

  /** The hires whose enrolment overlaps the period. */
  public List<Enrolled> hiresIn(Period period) {
    return hires.stream().filter(h -> period.overlaps(h.startDate(), h.endedOn())).toList();
  }

  public Map<Long, List<Progress>> progressByEnrollment() {
    return progress.stream().collect(Collectors.groupingBy(Progress::enrollmentId));
  }

  public Map<Long, List<NoteFact>> notesByEnrollment() {
    return notes.stream().collect(Collectors.groupingBy(NoteFact::enrollmentId));
  }

  public Map<Long, List<PlannedModule>> plansByProgramme() {
    return plans.stream().collect(Collectors.groupingBy(PlannedModule::programmeId));
  }
}
