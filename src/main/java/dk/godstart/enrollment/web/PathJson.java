package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.HirePath.PathModule;
import dk.godstart.process.domain.unlock.Reason;
import dk.godstart.process.domain.unlock.WaitingFor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hire's path as the REST API gives it. The module fields {@code moduleId, state, reason,
 * playerUrl, attemptId, waitingFor} are a contract with other systems.
 */
public record PathJson(
    long enrollmentId,
    String employee,
    String name,
    LocalDate startDate,
    String programme,
    List<HirePath.Helper> mentors,
    HirePath.Helper buddy,
    List<StepJson> steps,
    List<ModuleJson> modules) {

  /** A casework step of the programme's process. */
  public record StepJson(String code, String name, String phase, LocalDate reachedOn) {}

  /** One module on the path. */
  public record ModuleJson(
      long moduleId,
      String title,
      String phase,
      String state,
      boolean required,
      Map<String, Object> reason,
      String reasonText,
      String playerUrl,
      Long attemptId,
      LocalDate unlockedOn,
      LocalDate dueOn,
      Map<String, Object> waitingFor,
      List<Map<String, Object>> waitingForAll,
      LocalDate opensOn,
      String waitingText,
      Map<String, Object> reflection) {}

  static PathJson of(HirePath path, java.util.function.LongFunction<String> playerUrl) {
    List<StepJson> steps = new ArrayList<>();
    List<ModuleJson> modules = new ArrayList<>();
    for (HirePath.PhaseView phase : path.phases()) {
      phase
          .steps()
          .forEach(
              s ->
                  steps.add(new StepJson(s.code(), s.name(), phase.phase().name(), s.reachedOn())));
      phase.modules().forEach(m -> modules.add(module(m, phase.phase().name(), playerUrl)));
    }
    path.extraModules().forEach(m -> modules.add(module(m, null, playerUrl)));
    return new PathJson(
        path.enrollmentId(),
        path.hire(),
        path.hireName(),
        path.startDate(),
        path.programme(),
        path.mentors(),
        path.buddyThisWeek(),
        steps,
        modules);
  }

  private static ModuleJson module(
      PathModule m, String phase, java.util.function.LongFunction<String> playerUrl) {
    List<Map<String, Object>> waits = m.waitingFor().stream().map(PathJson::waiting).toList();
    return new ModuleJson(
        m.moduleId(),
        m.title(),
        phase,
        m.state(),
        m.required(),
        m.reason() == null ? null : reason(m.reason()),
        m.reasonText(),
        m.isLocked() ? null : playerUrl.apply(m.moduleId()),
        m.attemptId(),
        m.unlockedOn(),
        m.dueOn(),
        waits.isEmpty() ? null : waits.get(0),
        waits,
        m.opensOn(),
        m.waitingText(),
        m.reflection() == null
            ? null
            : Map.of("noteId", m.reflection().noteId(), "state", m.reflection().state()));
  }

  static Map<String, Object> waiting(WaitingFor wait) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", wait.type().name().toLowerCase());
    if (wait.step() != null) {
      json.put("step", wait.step());
    }
    if (wait.date() != null) {
      json.put("date", wait.date().toString());
    }
    if (wait.moduleId() != null) {
      json.put("moduleId", wait.moduleId());
    }
    return json;
  }

  static Map<String, Object> reason(Reason reason) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", reason.kind().name().toLowerCase());
    if (reason.step() != null) {
      json.put("step", reason.step());
    }
    if (reason.day() != null) {
      json.put("day", reason.day());
    }
    if (reason.date() != null) {
      json.put("date", reason.date().toString());
    }
    if (reason.moduleId() != null) {
      json.put("moduleId", reason.moduleId());
    }
    if (!reason.parts().isEmpty()) {
      json.put("parts", reason.parts().stream().map(PathJson::reason).toList());
    }
    return json;
  }
}
