package dk.godstart.process.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.MentorRelease;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The unlock rule as an author fills it in on the Programmer page: any of four conditions ticked,
 * and, when more than one is, whether all of them must hold or one is enough. The REST API takes
 * any nesting of all-of and any-of; the page offers the one level that authors ask for ("when the
 * hire reaches the step, or at the latest on day 30").
 */
public class RuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean onStep = true;
  private String step;
  private boolean onDay;
  private Integer day;
  private boolean afterModule;
  private Long module;
  private boolean onRelease;
  private boolean allRequired = true;

  /** The rule the ticked conditions make; a clear error when one lacks its value or none is. */
  public UnlockRule rule() {
    List<UnlockRule> parts = new ArrayList<>();
    List<Detail> missing = new ArrayList<>();
    if (onStep) {
      if (step == null || step.isBlank()) {
        missing.add(Detail.of("field.required", "stepCode"));
      } else {
        parts.add(new StepReached(step.strip()));
      }
    }
    if (onDay) {
      if (day == null) {
        missing.add(Detail.of("field.required", "day"));
      } else {
        parts.add(new DayReached(day));
      }
    }
    if (afterModule) {
      if (module == null) {
        missing.add(Detail.of("field.required", "after"));
      } else {
        parts.add(new ModuleCompleted(module));
      }
    }
    if (onRelease) {
      parts.add(new MentorRelease());
    }
    if (!missing.isEmpty()) {
      throw new InvalidInput("invalid-input", missing);
    }
    if (parts.isEmpty()) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("programme.no-condition", "conditions")));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return allRequired ? new AllOf(parts) : new AnyOf(parts);
  }

  public boolean isOnStep() {
    return onStep;
  }

  public void setOnStep(boolean onStep) {
    this.onStep = onStep;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public boolean isOnDay() {
    return onDay;
  }

  public void setOnDay(boolean onDay) {
    this.onDay = onDay;
  }

  public Integer getDay() {
    return day;
  }

  public void setDay(Integer day) {
    this.day = day;
  }

  public boolean isAfterModule() {
    return afterModule;
  }

  public void setAfterModule(boolean afterModule) {
    this.afterModule = afterModule;
  }

  public Long getModule() {
    return module;
  }

  public void setModule(Long module) {
    this.module = module;
  }

  public boolean isOnRelease() {
    return onRelease;
  }

  public void setOnRelease(boolean onRelease) {
    this.onRelease = onRelease;
  }

  public boolean isAllRequired() {
    return allRequired;
  }

  public void setAllRequired(boolean allRequired) {
    this.allRequired = allRequired;
  }
}
