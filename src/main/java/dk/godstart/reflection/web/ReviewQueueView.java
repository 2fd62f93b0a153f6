package dk.godstart.reflection.web;

import dk.godstart.reflection.application.NoteViews.QueueItem;
import dk.godstart.reflection.application.ReviewQueue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Backs {@code reflection/queue.xhtml} (Til gennemsyn): notes waiting for the caller's hires. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReviewQueue queue;
  @Inject transient Clock clock;

  private List<QueueItem> items;

  public void load() {
    items = queue.mine();
  }

  public List<QueueItem> getItems() {
    return items;
  }

  /** Whole days the note has waited. */
  public long daysWaited(Instant since) {
    return since == null ? 0 : Duration.between(since, clock.instant()).toDays();
  }
}
