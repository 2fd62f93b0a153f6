package dk.godstart.process.domain;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.process.domain.unlock.UnlockRule;
import java.util.ArrayList;
import java.util.List;

/** The terms a module has in a programme: phase, unlock rule, required or optional, due days. */
public record EntryTerms(Phase phase, UnlockRule rule, boolean required, Integer dueDays) {

  public EntryTerms {
    List<Detail> problems = new ArrayList<>();
    if (phase == null) {
      problems.add(Detail.of("field.required", "phase"));
    }
    if (rule == null) {
      problems.add(Detail.of("field.required", "rule"));
    }
    if (dueDays != null && (dueDays < 0 || dueDays > 365)) {
      problems.add(Detail.of("field.between", "dueDays", 0, 365));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
  }
}
