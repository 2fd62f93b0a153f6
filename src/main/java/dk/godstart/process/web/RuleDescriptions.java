package dk.godstart.process.web;

import dk.godstart.process.domain.CaseworkProcess;
import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** An unlock rule in words, for the programme pages: "Når trinnet 'Screening' er nået". */
final class RuleDescriptions {

  private final ResourceBundle texts;
  private final CaseworkProcess process;
  private final Map<Long, String> titles;

  RuleDescriptions(ResourceBundle texts, CaseworkProcess process, Map<Long, String> titles) {
    this.texts = texts;
    this.process = process;
    this.titles = titles;
  }

  String describe(UnlockRule rule) {
    if (rule instanceof StepReached step) {
      String name = process.step(step.stepCode()).map(s -> s.name()).orElse(step.stepCode());
      return format("rule.step", name);
    }
    if (rule instanceof DayReached day) {
      return format("rule.day", day.day());
    }
    if (rule instanceof ModuleCompleted module) {
      return format("rule.module", titles.getOrDefault(module.moduleId(), "#" + module.moduleId()));
    }
    if (rule instanceof AllOf all) {
      return format(
          "rule.all", all.rules().stream().map(this::describe).collect(Collectors.joining("; ")));
    }
    if (rule instanceof AnyOf any) {
      return format(
          "rule.any", any.rules().stream().map(this::describe).collect(Collectors.joining("; ")));
    }
    return texts.getString("rule.release");
  }

  private String format(String key, Object... args) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
  }
}
