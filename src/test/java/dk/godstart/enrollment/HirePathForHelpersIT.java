package dk.godstart.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Accessibility;
import dk.godstart.testsupport.Browser;
import dk.godstart.testsupport.DemoCatalog;
import dk.godstart.testsupport.GodstartServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hire's path read by her mentor (score, time spent, last activity) and her leader (last activity
 * only), and a step marked by mistake taken back with its undo.
 */
class HirePathForHelpersIT {

  private static final String INVESTIGATION = "Børnefaglig undersøgelse (Barnets Lov §§ 20-23)";
  private static final String STEP = "boernefaglig-undersoegelse";

  private static long moduleId(String titleStart) {
    return DemoCatalog.moduleId(DemoCatalog.moduleIdsByTitle(), titleStart);
  }

  private static long single(String sql, Object... args) throws SQLException {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        query.setObject(i + 1, args[i]);
      }
      ResultSet row = query.executeQuery();
      return row.next() ? row.getLong(1) : -1;
    }
  }

  /**
   * The hire worked 42 minutes in the module and scored 85 %: an attempt as the player keeps it.
   */
  private static void worked(String hire, long module) throws SQLException {
    long learner = single("SELECT id FROM account WHERE username = ?", hire);
    long version =
        single(
            "SELECT MAX(id) FROM package_version WHERE module_id = ? AND retired_at IS NULL",
            module);
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO attempt (learner_id, module_id, version_id, number, score_scaled,"
                    + " total_time_ms, started_at, last_activity_at) VALUES (?, ?, ?, 1, 0.85,"
                    + " 2520000, '2026-11-27 12:00:00', '2026-11-27 13:05:00')")) {
      insert.setLong(1, learner);
      insert.setLong(2, module);
      insert.setLong(3, version);
      insert.executeUpdate();
    }
  }

  /** The mentor opens the hire's path and marks the step as reached (the page stays open). */
  private static Browser mentorMarksTheStep(long enrollment) {
    Browser mentor = Browser.open();
    try {
      mentor.signIn("mentor", "godstart");
      mentor.open("/enrollment/path.xhtml?id=" + enrollment);
      mentor.find(By.cssSelector(".step[data-step='" + STEP + "'] button.mark-reached")).click();
      return mentor;
    } catch (RuntimeException e) {
      mentor.close();
      throw e;
    }
  }

  /** How many times the step stands as reached for the enrolment. */
  private static long stepMarks(long enrollment) throws SQLException {
    return single(
        "SELECT COUNT(*) FROM step_event WHERE enrollment_id = ? AND step_code = ?",
        enrollment,
        STEP);
  }

  /** Whether the module stands as opened for the enrolment (0 or 1). */
  private static long unlocks(long enrollment, long module) throws SQLException {
    return single(
        "SELECT COUNT(*) FROM module_unlock WHERE enrollment_id = ? AND module_id = ?",
        enrollment,
        module);
  }

  private static WebElement module(Browser browser, long moduleId) {
    return browser.find(By.cssSelector(".path-module[data-module='" + moduleId + "']"));
  }

  @Test
  void theMentorSeesScoreTimeAndLastActivityAndTheLeaderOnlyTheLastActivity() throws Exception {
    String hire = PlayerFixtures.newHire();
    long module = moduleId("Notatpligt");
    PlayerFixtures.releaseTo(hire, module);
    worked(hire, module);
    String page = "/enrollment/path.xhtml?id=" + PlayerFixtures.enrolmentOf(hire);

    try (Browser mentor = Browser.open()) {
      mentor.signIn("mentor", "godstart");
      mentor.open(page);
      String work = module(mentor, module).findElement(By.cssSelector(".work")).getText();
      assertTrue(work.contains("Resultat 85 %"), work);
      assertTrue(work.contains("Tid brugt 42 min."), work);
      assertTrue(work.contains("Sidst aktiv 27."), work);
      Accessibility.assertNoSeriousViolations(mentor.driver());
    }
    try (Browser leader = Browser.open()) {
      leader.signIn("leder", "godstart");
      leader.open(page);
      String work = module(leader, module).findElement(By.cssSelector(".work")).getText();
      assertTrue(work.contains("Sidst aktiv 27."), work);
      assertFalse(work.contains("Resultat"), work);
      assertFalse(work.contains("Tid brugt"), work);
      String source = leader.driver().getPageSource();
      assertFalse(source.contains("85 %"), "no score anywhere on the leader's page");
      assertTrue(leader.driver().findElements(By.cssSelector(".work-score")).isEmpty());
    }
  }

  @Test
  void aStepMarkedByMistakeIsUndoneAndWhatItAloneOpenedClosesAgain() throws Exception {
    String hire = PlayerFixtures.newHire();
    long enrollment = PlayerFixtures.enrolmentOf(hire);
    long investigation = moduleId(INVESTIGATION);
    try (Browser mentor = mentorMarksTheStep(enrollment)) {

      WebElement done =
          new WebDriverWait(mentor.driver(), Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".step[data-step='" + STEP + "'] .step-done")));
      assertTrue(done.getText().contains("er markeret som nået"), done.getText());
      assertTrue(done.getText().contains(INVESTIGATION), "says what it opened: " + done.getText());
      assertEquals(
          "status",
          mentor
              .driver()
              .findElement(By.id("stepDone"))
              .findElement(By.xpath(".."))
              .getAttribute("role"));
      // Visually hidden (the same words stand beside the step), so read, not looked at.
      assertTrue(
          mentor
              .driver()
              .findElement(By.id("stepDone"))
              .getAttribute("textContent")
              .contains("er markeret som nået"));
      WebElement undo = done.findElement(By.cssSelector("button.undo-mark"));
      assertEquals(undo, mentor.driver().switchTo().activeElement(), "focus on the undo");
      assertTrue(undo.getAttribute("aria-label").startsWith("Fortryd: "));
      assertEquals(
          "Åben", module(mentor, investigation).findElement(By.cssSelector(".state")).getText());
      Accessibility.assertNoSeriousViolations(mentor.driver());

      undo.click();

      new WebDriverWait(mentor.driver(), Duration.ofSeconds(20))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".step[data-step='" + STEP + "'] .step-undone")));
      String undone = mentor.text(By.cssSelector(".step[data-step='" + STEP + "'] .step-undone"));
      assertTrue(undone.contains("er fortrudt"), undone);
      assertTrue(undone.contains("Lukket igen: \"" + INVESTIGATION + "\""), undone);
      assertEquals(
          "Låst", module(mentor, investigation).findElement(By.cssSelector(".state")).getText());
      assertEquals(0, stepMarks(enrollment));
      assertEquals(0, unlocks(enrollment, investigation));
      assertFalse(
          mentor
              .driver()
              .findElements(By.cssSelector(".step[data-step='" + STEP + "'] button.mark-reached"))
              .isEmpty(),
          "the step can be marked again");
    }
  }

  @Test
  void undoingAfterTheHireStartedTheModuleTakesBackTheMarkButLeavesTheModuleOpen()
      throws Exception {
    String hire = PlayerFixtures.newHire();
    long enrollment = PlayerFixtures.enrolmentOf(hire);
    long investigation = moduleId(INVESTIGATION);
    try (Browser mentor = mentorMarksTheStep(enrollment)) {
      WebElement undo =
          new WebDriverWait(mentor.driver(), Duration.ofSeconds(20))
              .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.undo-mark")));
      worked(hire, investigation);

      undo.click();

      new WebDriverWait(mentor.driver(), Duration.ofSeconds(20))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".step-undone")));
      assertFalse(mentor.text(By.cssSelector(".step-undone")).contains("Lukket igen"));
      assertEquals(0, stepMarks(enrollment));
      assertEquals(1, unlocks(enrollment, investigation));
    }
  }
}
