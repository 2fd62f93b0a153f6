package dk.godstart.platform.startup;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * A pooled connection that sends a change of auto-commit to the database only when a statement
 * needs it. The pool's local transactions turn auto-commit off at their start and on again after
 * their commit, and the MariaDB driver sends {@code set autocommit} for each: two round trips in a
 * transaction of four (a player commit is lock, upsert, update, commit). Turning auto-commit on
 * right after a commit or rollback, with no statement run since, changes nothing yet: no
 * transaction is open. So that change waits, and the next transaction's "off" finds the connection
 * off already; a statement run with auto-commit on (outside a transaction) turns it on first. Every
 * statement runs with the auto-commit the caller asked for; only the needless round trips go.
 */
final class DeferredAutoCommit implements InvocationHandler {

  /** Methods that run no statement and open no transaction: they need the setting not sent. */
  private static final Set<String> NO_STATEMENT =
      Set.of(
          "getAutoCommit",
          "close",
          "isClosed",
          "isValid",
          "getWarnings",
          "clearWarnings",
          "setClientInfo",
          "getClientInfo",
          "getTransactionIsolation",
          "isReadOnly",
          "getHoldability",
          "getNetworkTimeout",
          "setNetworkTimeout",
          "abort",
          "isWrapperFor",
          "toString");

  private final Connection connection;

  /** Auto-commit as the caller set it (what {@link Connection#getAutoCommit} answers). */
  private boolean wanted;

  /** Auto-commit as the database has it. */
  private boolean sent;

  /** A statement ran since the transaction began or last ended: the transaction is open. */
  private boolean open;

  private DeferredAutoCommit(Connection connection) throws SQLException {
    this.connection = connection;
    this.wanted = connection.getAutoCommit();
    this.sent = wanted;
  }

  static Connection wrap(Connection connection) throws SQLException {
    return (Connection)
        Proxy.newProxyInstance(
            DeferredAutoCommit.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new DeferredAutoCommit(connection));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "setAutoCommit" -> {
        setAutoCommit((Boolean) args[0]);
        return null;
      }
      case "getAutoCommit" -> {
        return wanted;
      }
      case "equals" -> {
        return proxy == args[0];
      }
      case "hashCode" -> {
        return System.identityHashCode(proxy);
      }
      case "commit", "rollback" -> {
        if (args == null || args.length == 0) {
          endTransaction(method);
          return null;
        }
      }
      default -> {}
    }
    if (!NO_STATEMENT.contains(method.getName())) {
      beforeStatement();
    }
    Object result = call(connection, method, args);
    if (result instanceof Statement statement) {
      return statement(proxy, statement);
    }
    return result;
  }

  private void setAutoCommit(boolean autoCommit) throws SQLException {
    if (autoCommit == wanted) {
      return;
    }
    if (autoCommit && !open) {
      // Nothing to commit: the database learns of it when a statement runs outside a transaction.
      wanted = true;
      return;
    }
    if (autoCommit != sent) {
      // On with a transaction open commits it, as JDBC says.
      connection.setAutoCommit(autoCommit);
      sent = autoCommit;
    }
    wanted = autoCommit;
    open = false;
  }

  private void endTransaction(Method method) throws Throwable {
    if (wanted && !sent) {
      // Auto-commit is on for the caller and no statement ran since the last transaction ended.
      return;
    }
    call(connection, method, null);
    open = false;
  }

  /** A statement is about to run: the database gets the caller's auto-commit first. */
  private void beforeStatement() throws SQLException {
    if (wanted != sent) {
      connection.setAutoCommit(wanted);
      sent = wanted;
    }
    if (!wanted) {
      open = true;
    }
  }

  private Object statement(Object connectionProxy, Statement statement) {
    Class<?> type =
        statement instanceof CallableStatement
            ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return Proxy.newProxyInstance(
        DeferredAutoCommit.class.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("execute") || "unwrap".equals(name)) {
            beforeStatement();
          } else if ("getConnection".equals(name)) {
            return connectionProxy;
          } else if ("equals".equals(name)) {
            return proxy == args[0];
          } else if ("hashCode".equals(name)) {
            return System.identityHashCode(proxy);
          }
          return call(statement, method, args);
        });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
