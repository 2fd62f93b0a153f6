package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.BuddyWeek;
import dk.godstart.people.application.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * A buddy's own rota: their weeks, with the new hire's name and start date, and nothing else.
 * Buddies never see notes, results or paths.
 */
@ApplicationScoped
@Transactional
public class BuddyRota {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;

  /** One week of being someone's buddy. */
  public record Week(LocalDate weekStart, String hireName, LocalDate hireStartDate) {}

  public List<Week> myWeeks() {
    return em.createQuery(
            "select w from BuddyWeek w where w.buddy.id = :me and w.replacedAt is null"
                + " and w.enrollment.status = dk.godstart.enrollment.domain.EnrollmentStatus.ACTIVE"
                + " order by w.weekStart",
            BuddyWeek.class)
        .setParameter("me", currentUser.getAccount().id())
        .getResultStream()
        .map(
            w ->
                new Week(
                    w.weekStart(), w.enrollment().hire().displayName(), w.enrollment().startDate()))
        .toList();
  }

  public boolean isBuddy() {
    return currentUser.isSignedIn() && !myWeeks().isEmpty();
  }
}
