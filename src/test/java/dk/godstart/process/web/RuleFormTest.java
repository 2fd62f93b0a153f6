package dk.godstart.process.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.MentorRelease;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFormTest {

  @Test
  void oneTickedConditionIsThatRuleAlone() {
    RuleForm form = new RuleForm();
    form.setStep(" BU-UNDERSOEGELSE ");

    assertEquals(new StepReached("BU-UNDERSOEGELSE"), form.rule());
  }

  @Test
  void severalConditionsAreAllOfByDefault() {
    RuleForm form = new RuleForm();
    form.setStep("BU-UNDERSOEGELSE");
    form.setOnDay(true);
    form.setDay(30);

    assertEquals(
        new AllOf(List.of(new StepReached("BU-UNDERSOEGELSE"), new DayReached(30))), form.rule());
  }

  @Test
  void oneIsEnoughMakesAnyOfInTheOrderOfTheForm() {
    RuleForm form = new RuleForm();
    form.setOnStep(false);
    form.setAfterModule(true);
    form.setModule(7L);
    form.setOnRelease(true);
    form.setOnDay(true);
    form.setDay(-5);
    form.setAllRequired(false);

    assertEquals(
        new AnyOf(List.of(new DayReached(-5), new ModuleCompleted(7), new MentorRelease())),
        form.rule());
  }

  @Test
  void aTickedConditionWithoutItsValueNamesTheField() {
    RuleForm form = new RuleForm();
    form.setOnDay(true);

    InvalidInput error = assertThrows(InvalidInput.class, form::rule);

    assertEquals(
        List.of("stepCode", "day"), error.details().stream().map(Detail::location).toList());
  }

  @Test
  void noConditionAtAllIsRefused() {
    RuleForm form = new RuleForm();
    form.setOnStep(false);

    InvalidInput error = assertThrows(InvalidInput.class, form::rule);

    assertEquals("programme.no-condition", error.details().get(0).code());
  }
}
