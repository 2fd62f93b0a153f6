package dk.godstart.platform.web;

import dk.godstart.enrollment.application.BuddyRota;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The main menu: every page a user can reach, each shown only to the roles that may use it. The
 * pages check access themselves as well; hiding a link is a courtesy, not a control.
 */
@Named
@RequestScoped
public class Navigation {

  /** One menu entry: the page, the key of its label, and who sees it (empty: everyone). */
  public record Item(String page, String labelKey, Set<Role> roles) {

    boolean isFor(CurrentUser user) {
      return roles.isEmpty() || roles.stream().anyMatch(user::has);
    }
  }

  private static final List<Item> ITEMS =
      List.of(
          new Item("/index.xhtml", "nav.home", Set.of()),
          new Item("/enrollment/my-path.xhtml", "nav.myPath", EnumSet.of(Role.HIRE)),
          new Item("/reflection/notes.xhtml", "nav.notes", EnumSet.of(Role.HIRE)),
          new Item("/enrollment/hires.xhtml", "nav.myHires", EnumSet.of(Role.MENTOR)),
          new Item("/reflection/queue.xhtml", "nav.reviewQueue", EnumSet.of(Role.MENTOR)),
          new Item("/reflection/news.xhtml", "nav.news", EnumSet.of(Role.HIRE, Role.MENTOR)),
          new Item("/enrollment/enrollments.xhtml", "nav.enrollments", EnumSet.of(Role.LEADER)),
          new Item(
              "/dashboard/overview.xhtml", "nav.dashboard", EnumSet.of(Role.LEADER, Role.ADMIN)),
          new Item("/catalog/modules.xhtml", "nav.modules", EnumSet.of(Role.AUTHOR, Role.ADMIN)),
          new Item(
              "/process/programmes.xhtml", "nav.programmes", EnumSet.of(Role.AUTHOR, Role.ADMIN)),
          new Item(
              "/process/processes.xhtml", "nav.processes", EnumSet.of(Role.AUTHOR, Role.ADMIN)),
          new Item("/admin/accounts.xhtml", "nav.accounts", EnumSet.of(Role.ADMIN)),
          new Item("/admin/units.xhtml", "nav.orgUnits", EnumSet.of(Role.ADMIN)),
          new Item("/admin/api-tokens.xhtml", "nav.apiTokens", EnumSet.of(Role.ADMIN)));

  /** Shown to whoever is on a buddy rota: a buddy is a relation, not a role. */
  private static final Item BUDDY = new Item("/enrollment/buddy.xhtml", "nav.buddy", Set.of());

  /** Authors see the dashboards' modules view only (figures, no persons). */
  private static final Item MODULE_FIGURES =
      new Item("/dashboard/modules.xhtml", "nav.dashboardModules", EnumSet.of(Role.AUTHOR));

  @Inject CurrentUser user;
  @Inject BuddyRota buddies;
  @Inject dk.godstart.reflection.application.Notifications notifications;
  @Inject dk.godstart.reflection.application.ReviewQueue reviewQueue;

  private final java.util.Map<String, Long> counts = new java.util.HashMap<>();

  /** How many new things an entry leads to (what is new, notes waiting); 0 shows nothing. */
  public long count(Item item) {
    return counts.computeIfAbsent(
        item.page(),
        page ->
            switch (page) {
              case "/reflection/news.xhtml" -> notifications.unseenCount();
              case "/reflection/queue.xhtml" -> reviewQueue.waitingCount();
              default -> 0L;
            });
  }

  public List<Item> getItems() {
    List<Item> items =
        new java.util.ArrayList<>(ITEMS.stream().filter(item -> item.isFor(user)).toList());
    if (MODULE_FIGURES.isFor(user) && !user.has(Role.LEADER) && !user.has(Role.ADMIN)) {
      items.add(MODULE_FIGURES);
    }
    if (buddies.isBuddy()) {
      items.add(items.size() > 0 ? 1 : 0, BUDDY);
    }
    return items;
  }

  public boolean isCurrent(Item item) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null && item.page().equals(faces.getViewRoot().getViewId());
  }
}
