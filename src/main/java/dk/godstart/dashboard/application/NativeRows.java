package dk.godstart.dashboard.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboards' native queries, run alike by every view's query class: the filter's parameters
 * bound in one order, dates as SQL dates, and each row as an array (a one-column row too, which JPA
 * would hand back bare).
 */
final class NativeRows {

  private NativeRows() {}

  /**
   * Runs {@code sql} with {@code ?1} the end of the filter's period, {@code ?2} its programme (or
   * null), and {@code more} from {@code ?3} on.
   */
  static List<Object[]> of(EntityManager em, String sql, DashboardFilter filter, Object... more) {
    Query query =
        em.createNativeQuery(sql)
            .setParameter(1, java.sql.Date.valueOf(filter.to()))
            .setParameter(2, filter.programme());
    for (int i = 0; i < more.length; i++) {
      query.setParameter(
          3 + i, more[i] instanceof LocalDate d ? java.sql.Date.valueOf(d) : more[i]);
    }
    return arrays(query);
  }

  /** Runs {@code sql}, which has no parameters. */
  static List<Object[]> of(EntityManager em, String sql) {
    return arrays(em.createNativeQuery(sql));
  }

  /** A count or flag of a row: a number, a boolean (1 or 0), or none (0). */
  static long num(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return value == null ? 0 : ((Number) value).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> arrays(Query query) {
    return ((List<Object>) query.getResultList())
        .stream().map(o -> o instanceof Object[] a ? a : new Object[] {o}).toList();
  }
}
