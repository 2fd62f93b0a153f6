package dk.godstart.dashboard.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A hire's enrolment as the dashboards count it: who, where, in which programme, since when, and
 * whether and when the hire left.
 */
public record Enrolled(
    long enrollmentId,
    long hireId,
    String name,
    long unitId,
    String unit,
    long programmeId,
    String programme,
    LocalDate startDate,
    String status,
    LocalDate endedOn,
    LocalDate employmentEndedOn) {

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }

  /**
   * The day the hire left the employment: the employment's end when a leader recorded it (it may
   * come long after the programme), otherwise the day the enrolment ended as "left".
   */
  public Optional<LocalDate> leftOn() {
    if (employmentEndedOn != null) {
      return Optional.of(employmentEndedOn);
    }
    return "LEFT".equals(status) ? Optional.ofNullable(endedOn) : Optional.empty();
  }
}
