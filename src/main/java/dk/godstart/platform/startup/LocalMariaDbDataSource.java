package dk.godstart.platform.startup;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source as a plain {@link DataSource}. Payara pools a class that also implements
 * {@code XADataSource} (as {@link MariaDbDataSource} does) as XA, which costs {@code XA START},
 * {@code XA END} and {@code XA COMMIT} around every transaction; through this class the pool is
 * local (non-XA). Godstart has one database, so local transactions are as atomic. (The driver class
 * itself cannot be named instead: the connector's class loader does not see the application's
 * libraries.)
 */
public class LocalMariaDbDataSource implements DataSource {

  private final MariaDbDataSource delegate = new MariaDbDataSource();

  public String getUrl() {
    return delegate.getUrl();
  }

  public void setUrl(String url) throws SQLException {
    delegate.setUrl(withServerPreparedStatements(url));
  }

  /**
   * The URL with server-side prepared statements unless it says otherwise: parameters then travel
   * in MariaDB's binary protocol, where a player commit's kilobytes of CMI JSON are sent as they
   * are instead of being escaped into the statement's text, and times are not formatted as text.
   * The driver keeps each connection's prepared statements (its {@code cachePrepStmts}), so a
   * statement is prepared once per connection.
   */
  static String withServerPreparedStatements(String url) {
    if (url == null || url.contains("useServerPrepStmts")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "useServerPrepStmts=true";
  }

  public String getUser() {
    return delegate.getUser();
  }

  public void setUser(String user) throws SQLException {
    delegate.setUser(user);
  }

  public void setPassword(String password) throws SQLException {
    delegate.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DeferredAutoCommit.wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return DeferredAutoCommit.wrap(delegate.getConnection(user, password));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
