package dk.godstart.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredAutoCommitTest {

  /** What the database receives: auto-commit changes, statements, commits and rollbacks. */
  private final List<String> sent = new ArrayList<>();

  private boolean autoCommit = true;

  private Connection database() {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAutoCommit" -> autoCommit;
                  case "setAutoCommit" -> {
                    autoCommit = (Boolean) args[0];
                    sent.add("autocommit=" + autoCommit);
                    yield null;
                  }
                  case "commit", "rollback" -> {
                    sent.add(method.getName());
                    yield null;
                  }
                  case "prepareStatement" -> statement((String) args[0]);
                  case "createStatement" -> statement(null);
                  default -> null;
                });
  }

  private PreparedStatement statement(String sql) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("execute")) {
                sent.add((autoCommit ? "auto: " : "tx: ") + (sql != null ? sql : args[0]));
              }
              Class<?> type = method.getReturnType();
              return type == boolean.class ? false : type == int.class ? 0 : null;
            });
  }

  /** A pool's local transaction: off, statements, commit, on. */
  private void transaction(Connection connection, String sql) throws Exception {
    connection.setAutoCommit(false);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  @Test
  void transactionsAfterTheFirstSendNoAutoCommitChanges() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    transaction(connection, "A");
    transaction(connection, "B");
    transaction(connection, "C");
    assertEquals(
        List.of("autocommit=false", "tx: A", "commit", "tx: B", "commit", "tx: C", "commit"), sent);
    assertTrue(connection.getAutoCommit(), "the caller sees what it set");
  }

  @Test
  void aStatementOutsideATransactionRunsWithAutoCommitOn() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    transaction(connection, "A");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
    }
    assertEquals(
        List.of("autocommit=false", "tx: A", "commit", "autocommit=true", "auto: SELECT 1"), sent);
  }

  @Test
  void aCachedStatementRunOutsideATransactionTurnsAutoCommitOnFirst() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    connection.setAutoCommit(false);
    PreparedStatement kept = connection.prepareStatement("A");
    kept.executeUpdate();
    connection.commit();
    connection.setAutoCommit(true);
    kept.executeUpdate();
    assertEquals(
        List.of("autocommit=false", "tx: A", "commit", "autocommit=true", "auto: A"), sent);
    assertSame(connection, kept.getConnection());
  }

  @Test
  void turningAutoCommitOnInAnOpenTransactionCommitsIt() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    connection.setAutoCommit(false);
    connection.prepareStatement("A").executeUpdate();
    connection.setAutoCommit(true);
    assertEquals(List.of("autocommit=false", "tx: A", "autocommit=true"), sent);
    assertTrue(autoCommit);
  }

  @Test
  void aRollbackEndsTheTransactionLikeACommit() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    connection.setAutoCommit(false);
    connection.prepareStatement("A").executeUpdate();
    connection.rollback();
    connection.setAutoCommit(true);
    connection.setAutoCommit(false);
    connection.prepareStatement("B").executeUpdate();
    connection.commit();
    assertEquals(List.of("autocommit=false", "tx: A", "rollback", "tx: B", "commit"), sent);
    assertFalse(connection.getAutoCommit());
  }

  @Test
  void aCommitWithAutoCommitOnAndNothingRunSendsNothing() throws Exception {
    Connection connection = DeferredAutoCommit.wrap(database());
    transaction(connection, "A");
    connection.commit();
    assertEquals(List.of("autocommit=false", "tx: A", "commit"), sent);
  }

  @Test
  void theServerPreparesStatementsUnlessTheUrlSaysOtherwise() {
    assertEquals(
        "jdbc:mariadb://localhost:3306/godstart?useServerPrepStmts=true",
        LocalMariaDbDataSource.withServerPreparedStatements(
            "jdbc:mariadb://localhost:3306/godstart"));
    assertEquals(
        "jdbc:mariadb://h/g?sslMode=trust&useServerPrepStmts=true",
        LocalMariaDbDataSource.withServerPreparedStatements("jdbc:mariadb://h/g?sslMode=trust"));
    assertEquals(
        "jdbc:mariadb://h/g?useServerPrepStmts=false",
        LocalMariaDbDataSource.withServerPreparedStatements(
            "jdbc:mariadb://h/g?useServerPrepStmts=false"));
  }
}
