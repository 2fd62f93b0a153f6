package dk.godstart.process.domain.unlock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which modules of a programme are open for one enrolment, and why: a pure function of the rules
 * and the facts. It reads no clock, so the same facts always give the same answer.
 */
public final class UnlockEvaluation {

  private UnlockEvaluation() {}

  /**
   * Each programme module's verdict, in the programme's order, followed by the modules a mentor
   * released outside the programme, in the order they were released (then by module id).
   *
   * @throws IllegalArgumentException when a module appears twice in the programme
   */
  public static List<ModuleUnlock> evaluate(List<ProgrammeModule> programme, EnrolmentFacts facts) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(facts, "facts");
    Set<Long> inProgramme = new HashSet<>();
    List<ModuleUnlock> verdicts = new ArrayList<>();
    for (ProgrammeModule module : programme) {
      Objects.requireNonNull(module, "programme module");
      if (!inProgramme.add(module.moduleId())) {
        throw new IllegalArgumentException(
            "Module " + module.moduleId() + " appears twice in the programme");
      }
      verdicts.add(verdict(module, facts));
    }
    facts.releases().entrySet().stream()
        .filter(release -> !inProgramme.contains(release.getKey()))
        .sorted(
            Map.Entry.<Long, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(release -> releasedOutsideProgramme(release.getKey(), release.getValue()))
        .forEach(verdicts::add);
    return List.copyOf(verdicts);
  }

  private static ModuleUnlock verdict(ProgrammeModule module, EnrolmentFacts facts) {
    RuleOutcome outcome =
        withRelease(
            module.rule().evaluate(facts, module.moduleId()),
            facts.releases().get(module.moduleId()));
    if (!outcome.met()) {
      return new ModuleUnlock(
          module.moduleId(),
          false,
          null,
          null,
          outcome.waitingFor(),
          outcome.opensOn(),
          null,
          module.required(),
          true);
    }
    return new ModuleUnlock(
        module.moduleId(),
        true,
        outcome.metOn(),
        outcome.reason(),
        List.of(),
        null,
        module.dueOn(outcome.metOn()),
        module.required(),
        true);
  }

  /**
   * A mentor's release opens a module whatever its rule. If the rule held already on or before the
   * day of the release, the module has been open since then, so the rule's date and reason stay.
   */
  private static RuleOutcome withRelease(RuleOutcome outcome, LocalDate releasedOn) {
    if (releasedOn == null || (outcome.met() && !releasedOn.isBefore(outcome.metOn()))) {
      return outcome;
    }
    return RuleOutcome.met(releasedOn, Reason.release(releasedOn));
  }

  private static ModuleUnlock releasedOutsideProgramme(long moduleId, LocalDate releasedOn) {
    return new ModuleUnlock(
        moduleId,
        true,
        releasedOn,
        Reason.release(releasedOn),
        List.of(),
        null,
        null,
        false,
        false);
  }
}
