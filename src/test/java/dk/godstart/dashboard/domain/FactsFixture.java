package dk.godstart.dashboard.domain;

import dk.godstart.catalog.domain.Competence;
import dk.godstart.kernel.DanishTime;
import dk.godstart.process.domain.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds small sets of facts for the figures' specifications. */
final class FactsFixture {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final long PROGRAMME = 7;

  final List<Enrolled> hires = new ArrayList<>();
  final List<Progress> progress = new ArrayList<>();
  final List<PlannedModule> plans = new ArrayList<>();
  final List<Mentoring> mentoring = new ArrayList<>();
  final Map<Long, String> titles = new HashMap<>();
  final List<NoteFact> notes = new ArrayList<>();
  final List<MeetingFact> meetings = new ArrayList<>();

  Enrolled hire(long id, String name, LocalDate start, String status, LocalDate endedOn) {
    Enrolled hire =
        new Enrolled(
            id,
            100 + id,
            name,
            1,
            "Børn og Unge",
            PROGRAMME,
            "Intro",
            start,
            status,
            endedOn,
            null);
    hires.add(hire);
    return hire;
  }

  Enrolled active(long id, String name, LocalDate start) {
    return hire(id, name, start, "ACTIVE", null);
  }

  FactsFixture plan(long module, int position, Phase phase, boolean required, Competence... tags) {
    plans.add(
        new PlannedModule(
            PROGRAMME, module, "Modul " + module, position, phase, required, Set.of(tags)));
    titles.put(module, "Modul " + module);
    return this;
  }

  FactsFixture open(
      long enrollment, long module, boolean required, LocalDate unlocked, LocalDate due) {
    progress.add(
        new Progress(enrollment, module, required, unlocked, due, false, null, null, null));
    titles.putIfAbsent(module, "Modul " + module);
    return this;
  }

  FactsFixture touched(long enrollment, long module, LocalDate unlocked, Instant lastActivity) {
    progress.add(
        new Progress(enrollment, module, true, unlocked, null, false, null, lastActivity, null));
    titles.putIfAbsent(module, "Modul " + module);
    return this;
  }

  FactsFixture done(
      long enrollment, long module, LocalDate unlocked, LocalDate completed, Double score) {
    return done(enrollment, module, unlocked, completed, score, false);
  }

  FactsFixture done(
      long enrollment,
      long module,
      LocalDate unlocked,
      LocalDate completed,
      Double score,
      boolean released) {
    progress.add(
        new Progress(
            enrollment,
            module,
            true,
            unlocked,
            unlocked.plusDays(10),
            released,
            completed,
            completed.atStartOfDay(DanishTime.ZONE).toInstant(),
            score));
    titles.putIfAbsent(module, "Modul " + module);
    return this;
  }

  FactsFixture mentor(long enrollment, long mentor, String name, boolean primary) {
    mentoring.add(new Mentoring(enrollment, mentor, name, primary));
    return this;
  }

  FactsFixture note(
      long enrollment, Long module, String state, Instant submitted, Instant answered, Long by) {
    notes.add(new NoteFact(enrollment, module, state, submitted, answered, by));
    return this;
  }

  FactsFixture meeting(long enrollment, Instant startsAt, Instant heldAt) {
    meetings.add(new MeetingFact(enrollment, startsAt, heldAt));
    return this;
  }

  static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(DanishTime.ZONE).toInstant();
  }

  Facts facts() {
    return new Facts(hires, progress, plans, mentoring, titles, notes, meetings);
  }
}
