package dk.godstart.process.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aDayBesideAStepIsAFallbackSoOneIsEnoughUnlessTheAuthorChoosesOtherwise() {
    RuleForm form = new RuleForm();
    form.setStep("BU-UNDERSOEGELSE");
    form.setOnDay(true);
    form.setDay(30);

    assertFalse(form.isAllRequired());
    assertEquals(
        new AnyOf(List.of(new StepReached("BU-UNDERSOEGELSE"), new DayReached(30))), form.rule());
  }

  @Test
  void aMentorsReleaseBesideAStepIsAFallbackToo() {
    RuleForm form = new RuleForm();
    form.setStep("screening");
    form.setOnRelease(true);

    assertEquals(
        new AnyOf(List.of(new StepReached("screening"), new MentorRelease())), form.rule());
  }

  @Test
  void aStepAndAModuleAreBothRequiredByDefault() {
    RuleForm form = new RuleForm();
    form.setStep("screening");
    form.setAfterModule(true);
    form.setModule(7L);

    assertTrue(form.isAllRequired());
    assertEquals(
        new AllOf(List.of(new StepReached("screening"), new ModuleCompleted(7))), form.rule());
  }

  @Test
  void aCombinationTheAuthorChoseStaysWhenADayIsTicked() {
    RuleForm form = new RuleForm();
    form.setStep("screening");
    form.setAfterModule(true);
    form.setModule(7L);
    form.setAllRequired(false);
    form.setOnDay(true);
    form.setDay(30);

    assertFalse(form.isAllRequired());
    form.setAllRequired(true);
    assertTrue(form.isAllRequired(), "all of step, module and day: the author's explicit choice");
    assertEquals(
        new AllOf(
            List.of(new StepReached("screening"), new DayReached(30), new ModuleCompleted(7))),
        form.rule());
  }

  @Test
  void editingStartsFromTheCurrentRule() {
    AnyOf current = new AnyOf(List.of(new StepReached("screening"), new DayReached(30)));

    RuleForm form = RuleForm.of(current);

    assertTrue(form.isOnStep());
    assertEquals("screening", form.getStep());
    assertTrue(form.isOnDay());
    assertEquals(30, form.getDay());
    assertFalse(form.isAfterModule());
    assertFalse(form.isOnRelease());
    assertFalse(form.isAllRequired());
    assertFalse(form.isSimplified());
    assertEquals(current, form.rule());
  }

  @Test
  void editingAnUnusualCombinationKeepsTheAuthorsChoice() {
    AllOf current = new AllOf(List.of(new DayReached(5), new MentorRelease()));

    RuleForm form = RuleForm.of(current);

    assertTrue(form.isAllRequired());
    assertEquals(current, form.rule());
  }

  @Test
  void editingASingleConditionTicksOnlyThatOne() {
    RuleForm form = RuleForm.of(new ModuleCompleted(4));

    assertFalse(form.isOnStep());
    assertTrue(form.isAfterModule());
    assertEquals(4L, form.getModule());
    assertEquals(new ModuleCompleted(4), form.rule());
  }

  @Test
  void aRuleNestedDeeperThanTheFormIsFilledAsFarAsItGoesAndSaysSo() {
    RuleForm form =
        RuleForm.of(
            new AnyOf(
                List.of(
                    new DayReached(10),
                    new AllOf(List.of(new StepReached("a"), new ModuleCompleted(2))))));

    assertTrue(form.isSimplified());
    assertTrue(form.isOnDay());
    assertFalse(form.isOnStep());
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
