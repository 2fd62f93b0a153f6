package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.BuddyRota;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code enrollment/buddy.xhtml}: the weeks the caller is a new hire's buddy. */
@Named
@RequestScoped
public class BuddyView {

  @Inject BuddyRota rota;

  private List<BuddyRota.Week> weeks;

  public List<BuddyRota.Week> getWeeks() {
    if (weeks == null) {
      weeks = rota.myWeeks();
    }
    return weeks;
  }
}
