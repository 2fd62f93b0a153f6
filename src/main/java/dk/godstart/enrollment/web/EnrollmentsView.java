package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Colleague;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.enrollment.domain.EnrollmentStatus;
import dk.godstart.enrollment.web.MyHiresView.EnrollmentRow;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.Programme;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** Backs {@code enrollment/enrollments.xhtml} (Forløb): a leader's enrolments and new ones. */
@Named
@ViewScoped
public class EnrollmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Enrollments enrollments;
  @Inject transient Programmes programmes;

  /** How many suggestions a picker shows at a time: enough to see, few enough to read. */
  private static final int SUGGESTIONS = 12;

  private ColleagueDirectory directory;
  private List<EnrollmentRow> rows;
  private String done;
  private Colleague hire;
  private boolean newHire;
  private String newUsername;
  private String newName;
  private String newEmail;
  private LocalDate startDate;
  private Long programmeId;
  private Colleague primaryMentor;
  private List<Colleague> substituteMentors = new ArrayList<>();
  private List<Colleague> buddies = new ArrayList<>();
  private Colleague substituteToAdd;
  private Colleague buddyToAdd;

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
    FacesContext faces = FacesContext.getCurrentInstance();
    // A name typed in full and not yet taken from the list still counts.
    addSubstitute();
    addBuddy();
    Enrollments.Enrolled enrolled =
        enrollments.enrolAndInvite(
            new Enrolment(
                newHire ? newUsername.strip() : hire.username(),
                newHire ? newName.strip() : null,
                startDate,
                programmeId == null ? 0 : programmeId,
                primaryMentor.username(),
                usernames(substituteMentors),
                usernames(buddies)),
            newHire ? newEmail : null);
    ResourceBundle texts = texts(faces);
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
    hire = null;
    newHire = false;
    newUsername = newName = newEmail = null;
    primaryMentor = null;
    substituteMentors = new ArrayList<>();
    buddies = new ArrayList<>();
    startDate = null;
    programmeId = null;
    rows = null;
  }

  private static List<String> usernames(List<Colleague> chosen) {
    return chosen == null ? List.of() : chosen.stream().map(Colleague::username).toList();
  }

  private static ResourceBundle texts(FacesContext faces) {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  /** Adds the substitute just chosen in the picker to the substitutes, once. */
  public void addSubstitute() {
    add(substituteMentors, substituteToAdd);
    substituteToAdd = null;
  }

  /** Adds the buddy just chosen to the end of the rota, once: the rota takes them in this order. */
  public void addBuddy() {
    add(buddies, buddyToAdd);
    buddyToAdd = null;
  }

  private static void add(List<Colleague> chosen, Colleague colleague) {
    if (colleague != null && !chosen.contains(colleague)) {
      chosen.add(colleague);
    }
  }

  public void removeSubstitute(String username) {
    substituteMentors.removeIf(c -> c.username().equals(username));
  }

  public void removeBuddy(String username) {
    buddies.removeIf(c -> c.username().equals(username));
  }

  /** The picker's suggestions for what the leader has typed so far. */
  public List<Colleague> complete(String typed) {
    return getDirectory().search(typed, SUGGESTIONS);
  }

  /** How a colleague is shown in the pickers: name and unit. */
  public String label(Colleague colleague) {
    return colleague == null ? "" : ColleagueDirectory.label(colleague);
  }

  /** The converter of the hire's picker: an unknown name points to creating a new employee. */
  public Converter<Colleague> getHireConverter() {
    return new ColleagueConverter(getDirectory(), "enrol.unknownHire");
  }

  /** The converter of the mentor and buddy pickers. */
  public Converter<Colleague> getColleagueConverter() {
    return new ColleagueConverter(getDirectory(), "enrol.unknownColleague");
  }

  /**
   * A new employee's user name must be new: naming an existing account here would enrol that person
   * instead of creating one.
   */
  public void validateNewUsername(FacesContext faces, UIComponent field, Object value) {
    if (value instanceof String username && getDirectory().hasUsername(username)) {
      String taken =
          new MessageFormat(texts(faces).getString("enrol.usernameTaken"), locale(faces))
              .format(new Object[] {username.strip()});
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, taken, taken));
    }
  }

  private static Locale locale(FacesContext faces) {
    return faces.getViewRoot().getLocale();
  }

  private ColleagueDirectory getDirectory() {
    if (directory == null) {
      directory = new ColleagueDirectory(enrollments.colleagues());
    }
    return directory;
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

  public Colleague getHire() {
    return hire;
  }

  public void setHire(Colleague hire) {
    this.hire = hire;
  }

  public boolean isNewHire() {
    return newHire;
  }

  public void setNewHire(boolean newHire) {
    this.newHire = newHire;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
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

  public Colleague getPrimaryMentor() {
    return primaryMentor;
  }

  public void setPrimaryMentor(Colleague primaryMentor) {
    this.primaryMentor = primaryMentor;
  }

  public List<Colleague> getSubstituteMentors() {
    return substituteMentors;
  }

  public List<Colleague> getBuddies() {
    return buddies;
  }

  public Colleague getSubstituteToAdd() {
    return substituteToAdd;
  }

  public void setSubstituteToAdd(Colleague substituteToAdd) {
    this.substituteToAdd = substituteToAdd;
  }

  public Colleague getBuddyToAdd() {
    return buddyToAdd;
  }

  public void setBuddyToAdd(Colleague buddyToAdd) {
    this.buddyToAdd = buddyToAdd;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }
}
