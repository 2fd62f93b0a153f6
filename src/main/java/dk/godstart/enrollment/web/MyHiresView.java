package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.domain.Enrollment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code enrollment/hires.xhtml} (Mine nyansatte): the hires a mentor has today. */
@Named
@RequestScoped
public class MyHiresView {

  @Inject Enrollments enrollments;

  private List<EnrollmentRow> hires;

  public List<EnrollmentRow> getHires() {
    if (hires == null) {
      hires = enrollments.mentoredByMe().stream().map(EnrollmentRow::of).toList();
    }
    return hires;
  }

  /** A hire in a list: who, where, since when. */
  public record EnrollmentRow(
      long id,
      String name,
      String unit,
      String programme,
      java.time.LocalDate startDate,
      String status) {

    static EnrollmentRow of(Enrollment e) {
      return new EnrollmentRow(
          e.id(),
          e.hire().displayName(),
          e.orgUnit().name(),
          e.programme().name(),
          e.startDate(),
          e.status().name());
    }
  }
}
