package dk.godstart.reflection.web;

import dk.godstart.reflection.application.Notifications;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code reflection/news.xhtml} (Nyt): what is new for the caller; shown, then seen. */
@Named
@ViewScoped
public class NewsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Notifications notifications;

  private List<Notifications.Item> items;

  public void load() {
    items = notifications.mine();
    notifications.markAllSeen();
  }

  public List<Notifications.Item> getItems() {
    return items;
  }
}
