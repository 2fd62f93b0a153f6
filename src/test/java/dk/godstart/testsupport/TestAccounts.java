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
                "INSERT INTO account (username, display_name, password_hash, org_unit_id, active,"
                    + " created_at) SELECT ?, CONCAT('Test ', ?), password_hash, org_unit_id, TRUE,"
                    + " NOW(6) FROM account WHERE username = ?");
        PreparedStatement roles =
            db.prepareStatement(
                "INSERT INTO account_role (account_id, role) SELECT c.id, r.role FROM account c,"
                    + " account s JOIN account_role r ON r.account_id = s.id WHERE c.username = ?"
                    + " AND s.username = ?")) {
      account.setString(1, copy);
      account.setString(2, copy);
      account.setString(3, source);
      assertEquals(1, account.executeUpdate());
      roles.setString(1, copy);
      roles.setString(2, source);
      roles.executeUpdate();
      return copy;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An API token acting for the account, issued by the demo administrator. */
  public static String tokenFor(String username) {
    Api.Reply reply =
        Api.withToken("demo-admin-token")
            .post(
                "/api/v1/api-tokens",
                "{\"name\": \"Test " + username + "\", \"account\": \"" + username + "\"}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("token");
  }
}
