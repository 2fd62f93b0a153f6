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
import java.time.LocalDate;
import java.util.Arrays;
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

  private List<EnrollmentRow> rows;
  private String hire;
  private String hireName;
  private LocalDate startDate;
  private Long programmeId;
  private String primaryMentor;
  private String substitutes;
  private String buddies;

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
    enrollments.enrol(
        new Enrolment(
            hire,
            hireName,
            startDate,
            programmeId == null ? 0 : programmeId,
            primaryMentor,
            names(substitutes),
            names(buddies)));
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString("enrol.done");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    hire = hireName = primaryMentor = substitutes = buddies = null;
    startDate = null;
    programmeId = null;
    rows = null;
  }

  public void end(long enrollmentId, String how) {
    enrollments.end(enrollmentId, EnrollmentStatus.valueOf(how), null);
    rows = null;
  }

  private static List<String> names(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
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

  public String getPrimaryMentor() {
    return primaryMentor;
  }

  public void setPrimaryMentor(String primaryMentor) {
    this.primaryMentor = primaryMentor;
  }

  public String getSubstitutes() {
    return substitutes;
  }

  public void setSubstitutes(String substitutes) {
    this.substitutes = substitutes;
  }

  public String getBuddies() {
    return buddies;
  }

  public void setBuddies(String buddies) {
    this.buddies = buddies;
  }
}
