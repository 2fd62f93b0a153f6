package dk.godstart.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.player.PlayerFixtures;
import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Hires with completed modules, their mentors (current, substitute, ended), for reflection tests.
 */
final class ReflectionFixtures {

  private ReflectionFixtures() {}

  static long enrollmentOf(String hire) {
    Reply found = Api.withToken("demo-admin-token").get("/api/v1/enrollments?employee=" + hire);
    assertEquals(200, found.status(), found.body());
    return found.structure().asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A new one-SCO module released to the hire; returns its id. */
  static long moduleFor(String hire) {
    return PlayerFixtures.uploadFor(
        hire, PlayerFixtures.withTestScos(ScormPackageBuilder.scorm2004FourthEdition(), "a"));
  }

  /** The hire completes the module through the attempt API, as the player would. */
  static void complete(Api hire, long module) {
    long attempt =
        hire.post("/api/v1/modules/" + module + "/attempts", "{}")
            .json()
            .getJsonNumber("attemptId")
            .longValue();
    Reply commit =
        hire.post(
            "/api/v1/attempts/" + attempt + "/commits",
            "{\"sco\": \"ITEM-a\", \"sequence\": 1, \"terminated\": true,"
                + " \"cmi\": {\"completion_status\": \"completed\", \"session_time\": \"PT1M\"}}");
    assertEquals(200, commit.status(), commit.body());
    assertTrue(commit.json().getBoolean("moduleCompleted"), commit.body());
  }

  /** A new mentor account (a copy of Lars Holm's), with an e-mail address. */
  static String newMentor(String prefix) {
    String name = TestAccounts.copyOf("mentor2", prefix + "-" + System.nanoTime());
    sql("UPDATE account SET email = ? WHERE username = ?", name + "@mentors.test", name);
    return name;
  }

  /** Makes the mentor a mentor of the enrolment from {@code from} until {@code to} (or open). */
  static void assign(
      long enrollment, String mentor, boolean primary, LocalDate from, LocalDate to) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO mentor_assignment (enrollment_id, mentor_id, primary_mentor,"
                    + " from_date, to_date) SELECT ?, id, ?, ?, ? FROM account WHERE username = ?")) {
      insert.setLong(1, enrollment);
      insert.setBoolean(2, primary);
      insert.setObject(3, from);
      insert.setObject(4, to);
      insert.setString(5, mentor);
      assertEquals(1, insert.executeUpdate());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sql(String statement, String... args) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement update = db.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        update.setString(i + 1, args[i]);
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String answers(String text) {
    return "[{\"prompt\": \"Hvad lærte du?\", \"text\": \"" + text + "\"}]";
  }
}
