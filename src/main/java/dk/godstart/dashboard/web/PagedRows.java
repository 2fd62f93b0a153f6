package dk.godstart.dashboard.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A dashboard table paged on the server: PrimeFaces asks how many rows there are and for one page
 * at a time, and both answers come from the one definition in {@code Dashboards}. The parts are
 * serialisable because the model lives in a view-scoped bean.
 */
final class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows the table has. */
  interface Count extends Serializable {
    long rows();
  }

  /** One page of rows (pages counted from 0). */
  interface Rows<T> extends Serializable {
    List<T> page(int page, int size);
  }

  /** What tells a row from the others. */
  interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Count count;
  private final Rows<T> rows;
  private final Key<T> key;

  PagedRows(Count count, Rows<T> rows, Key<T> key) {
    this.count = count;
    this.rows = rows;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) count.rows();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return rows.page(first / pageSize, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }
}
