package dk.godstart.enrollment.application;

import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.people.domain.Account;
import dk.godstart.player.application.LearnerOversight;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A learner's results may be seen by their current mentors, primary or substitute, who hold the
 * mentor role, while the enrolment lasts ({@link Enrollment#grantsMentorRights}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
@Transactional
public class MentorOversight implements LearnerOversight {

  @PersistenceContext EntityManager em;
  @Inject Unlocking unlocking;

  @Override
  public boolean oversees(long accountId, long learnerId) {
    Account account = em.find(Account.class, accountId);
    return em.createQuery("select e from Enrollment e where e.hire.id = :h", Enrollment.class)
        .setParameter("h", learnerId)
        .getResultStream()
        .anyMatch(e -> e.grantsMentorRights(account, unlocking.today()));
  }
}
