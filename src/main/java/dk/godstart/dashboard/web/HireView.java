package dk.godstart.dashboard.web;

import dk.godstart.dashboard.application.Dashboards;
import dk.godstart.dashboard.domain.HireDetail;
import dk.godstart.enrollment.application.EmploymentEnds;
import dk.godstart.enrollment.application.EmploymentEnds.EmploymentEnd;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Backs {@code dashboard/hire.xhtml}: the drill-down to one hire's path, states and dates only.
 * View-scoped, so that a post from the page (the employment form, the language switch) still knows
 * which hire it is about.
 */
@Named
@ViewScoped
public class HireView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Dashboards dashboards;
  @Inject EmploymentEnds ends;

  private long id;
  private transient HireDetail detail;
  private transient EmploymentEnd end;
  private LocalDate endedOn;
  private String reason;

  public EmploymentEnd getEnd() {
    if (end == null) {
      end = ends.of(id);
      endedOn = end.endedOn();
      reason = end.reason();
    }
    return end;
  }

  /** Records the end of the employment (also after the programme ended). */
  public void save() {
    end = ends.record(id, endedOn, reason);
    detail = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        faces
            .getApplication()
            .getResourceBundle(faces, "msg")
            .getString("dashboard.employment.saved");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  public LocalDate getEndedOn() {
    getEnd();
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    getEnd();
    this.endedOn = endedOn;
  }

  public String getReason() {
    getEnd();
    return reason;
  }

  public void setReason(String reason) {
    getEnd();
    this.reason = reason;
  }

  public HireDetail getDetail() {
    if (detail == null) {
      detail = dashboards.hire(id);
    }
    return detail;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
