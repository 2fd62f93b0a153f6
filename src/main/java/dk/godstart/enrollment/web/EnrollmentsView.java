package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.enrollment.domain.EnrollmentStatus;
import dk.godstart.enrollment.web.MyHiresView.EnrollmentRow;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.Programme;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backs {@code enrollment/enrollments.xhtml} (Forløb): a leader's enrolments and new ones. */
@Named
@ViewScoped
public class EnrollmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Enrollments enrollments;
  @Inject transient Programmes programmes;

  private List<Enrollments.Colleague> colleagues;
  private List<EnrollmentRow> rows;
  private String done;
  private String hire;
  private String hireName;
  private LocalDate startDate;
  private Long programmeId;
  private HelpersForm helpers = new HelpersForm();

  public List<EnrollmentRow> getRows() {
    if (rows == null) {
      rows = enrollments.visibleToMe().stream().map(EnrollmentRow::of).toList();
    }
    return rows;
  }

  public Map<String, Long> getProgrammes() {
    Map<String, Long> options = new LinkedHashMap<>();
    for (Programme p : programmes.all()) {
      options.put(p.name() + " (" + p.orgUnit().name() + ")", p.id());
    }
    return options;
  }

  public void enrol() {
    Enrollments.Enrolled enrolled =
        enrollments.enrolAndInvite(
            new Enrolment(
                hire,
                hireName,
                startDate,
                programmeId == null ? 0 : programmeId,
                helpers.getPrimaryMentor(),
                helpers.substituteNames(),
                helpers.buddyNames()),
            null);
    FacesContext faces = FacesContext.getCurrentInstance();
    java.util.ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    String text =
        texts.getString("enrol.done")
            + enrolled
                .invitation()
                .map(
                    invitation ->
                        " "
                            + MessageFormat.format(
                                texts.getString(
                                    invitation.mailed() ? "invite.mailed" : "invite.handOver"),
                                invitation.name(),
                                invitation.url()))
                .orElse("");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    hire = hireName = null;
    helpers = new HelpersForm();
    startDate = null;
    programmeId = null;
    rows = null;
  }

  public void end(long enrollmentId, String how) {
    String name =
        getRows().stream()
            .filter(row -> row.id() == enrollmentId)
            .map(EnrollmentRow::name)
            .findFirst()
            .orElse("");
    enrollments.end(enrollmentId, EnrollmentStatus.valueOf(how), null);
    rows = null;
    FacesContext faces = FacesContext.getCurrentInstance();
    done =
        new MessageFormat(
                faces.getApplication().getResourceBundle(faces, "msg").getString("enrol.ended"),
                faces.getViewRoot().getLocale())
            .format(new Object[] {name});
  }

  /** What the last action did, in words, beside the list: empty before any. */
  public String getDone() {
    return done;
  }

  public String getHire() {
    return hire;
  }

  public void setHire(String hire) {
    this.hire = hire;
  }

  public String getHireName() {
    return hireName;
  }

  public void setHireName(String hireName) {
    this.hireName = hireName;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  /** The colleagues to name as mentors and buddies, read once per page. */
  public List<Enrollments.Colleague> getColleagues() {
    if (colleagues == null) {
      colleagues = enrollments.colleagues();
    }
    return colleagues;
  }

  public HelpersForm getHelpers() {
    return helpers;
  }
}
