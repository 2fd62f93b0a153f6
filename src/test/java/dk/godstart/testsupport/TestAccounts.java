package dk.godstart.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;

/** Accounts and API tokens for tests, made on the shared server. */
public final class TestAccounts {

  private TestAccounts() {}

  /**
   * A new account with the same password ("godstart") and roles as {@code source}, so a test can
   * lock, fill or spoil it without touching the demo accounts other tests use.
   */
  public static String copyOf(String source, String copy) {
    try (Connection db = GodstartServer.shared().database();
        PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO account (username, external_id, display_name, password_hash,"
                    + " org_unit_id, active, created_at) SELECT ?, ?, CONCAT('Test ', ?),"
                    + " password_hash, org_unit_id, TRUE, NOW(6) FROM account WHERE username = ?");
        PreparedStatement roles =
            db.prepareStatement(
                "INSERT INTO account_role (account_id, role) SELECT c.id, r.role FROM account c,"
                    + " account s JOIN account_role r ON r.account_id = s.id WHERE c.username = ?"
                    + " AND s.username = ?")) {
      account.setString(1, copy);
      account.setString(2, copy);
      account.setString(3, copy);
      account.setString(4, source);
      assertEquals(1, account.executeUpdate());
      roles.setString(1, copy);
      roles.setString(2, source);
      roles.executeUpdate();
      return copy;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Enrols the account in the demo's "Introduktion i Børn og Unge" with Mette Kristensen as mentor,
   * starting today, as the demo leader does; returns the enrolment's id.
   */
  public static long enrol(String username) {
    return enrol(username, java.time.LocalDate.now());
  }

  /** The id of the demo programme "Introduktion i Børn og Unge", as the caller may read it. */
  public static long demoProgramme(Api caller) {
    return caller
        .get("/api/v1/programmes")
        .structure()
        .asJsonArray()
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(p -> p.getString("name").equals("Introduktion i Børn og Unge"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** The same, starting on the given day (a hire who starts next month, say). */
  public static long enrol(String username, java.time.LocalDate startDate) {
    Api leader = Api.withToken(tokenFor("leder"));
    long programme = demoProgramme(leader);
    Api.Reply reply =
        leader.post(
            "/api/v1/enrollments",
            "{\"employee\": \""
                + username
                + "\", \"startDate\": \""
                + startDate
                + "\", \"programmeId\": "
                + programme
                + ", \"primaryMentor\": \"mentor\"}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }

  /** A mentor's release of a module for an enrolment, done by the demo administrator. */
  public static void release(long enrollmentId, long moduleId) {
    Api.Reply reply =
        Api.withToken("demo-admin-token")
            .post(
                "/api/v1/enrollments/" + enrollmentId + "/releases",
                "{\"moduleId\": " + moduleId + "}");
    assertEquals(true, reply.status() == 201 || reply.status() == 200, reply.body());
  }

  private static final java.util.concurrent.atomic.AtomicLong TOKENS =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 1_000_000);

  /**
   * An API token acting for the account, issued by the demo administrator; each with its own name,
   * as a careful administrator would name them.
   */
  public static String tokenFor(String username) {
    Api.Reply reply =
        Api.withToken("demo-admin-token")
            .post(
                "/api/v1/api-tokens",
                "{\"name\": \"Test "
                    + username
                    + " "
                    + TOKENS.incrementAndGet()
                    + "\", \"account\": \""
                    + username
                    + "\"}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("token");
  }
}
