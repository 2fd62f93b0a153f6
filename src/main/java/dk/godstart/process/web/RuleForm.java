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
 *
 * <p>Until the author picks a combination, the form takes the one authors nearly always mean: a day
 * or a mentor's release beside another condition is a fallback ("or at the latest on day 30", "or
 * when the mentor says so"), so one is enough; a step together with a module is a double
 * requirement, so all must hold.
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

  /** The author's own choice of combination; null until the author makes one. */
  private Boolean allRequired;

  /** Whether the rule had more to it than the form can show (nesting from the REST API). */
  private boolean simplified;

  /**
   * The form filled in from a rule, so that editing starts from what is there. A rule nested deeper
   * than the form's one level, or with a condition twice, fills what it can and says so.
   */
  public static RuleForm of(UnlockRule rule) {
    RuleForm form = new RuleForm();
    form.onStep = false;
    List<UnlockRule> parts = List.of(rule);
    if (rule instanceof AllOf all) {
      form.allRequired = true;
      parts = all.rules();
    } else if (rule instanceof AnyOf any) {
      form.allRequired = false;
      parts = any.rules();
    }
    parts.forEach(form::fill);
    if (form.allRequired != null && form.allRequired == form.likelyAllRequired()) {
      form.allRequired = null;
    }
    return form;
  }

  private void fill(UnlockRule part) {
    if (part instanceof StepReached s && !onStep) {
      onStep = true;
      step = s.stepCode();
    } else if (part instanceof DayReached d && !onDay) {
      onDay = true;
      day = d.day();
    } else if (part instanceof ModuleCompleted m && !afterModule) {
      afterModule = true;
      module = m.moduleId();
    } else if (part instanceof MentorRelease) {
      onRelease = true;
    } else {
      simplified = true;
    }
  }

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
    return isAllRequired() ? new AllOf(parts) : new AnyOf(parts);
  }

  /** The combination the ticked conditions most likely mean; see the class comment. */
  private boolean likelyAllRequired() {
    return !(onDay || onRelease);
  }

  /** The author's combination, or the likely one while the author has not chosen. */
  public boolean isAllRequired() {
    return allRequired != null ? allRequired : likelyAllRequired();
  }

  /**
   * The page sends the combination shown with every save; only one that differs from the likely one
   * is a choice the author made, and it then stays when more conditions are ticked.
   */
  public void setAllRequired(boolean allRequired) {
    this.allRequired = allRequired == likelyAllRequired() ? null : allRequired;
  }

  public boolean isSimplified() {
    return simplified;
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
}
