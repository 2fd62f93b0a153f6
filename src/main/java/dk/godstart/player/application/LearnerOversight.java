package dk.godstart.player.application;

/**
 * Who may look at a learner's results besides the learner: their mentors. The enrolment feature,
 * which knows the mentor relations, answers it; the default answer is nobody.
 */
public interface LearnerOversight {

  boolean oversees(long accountId, long learnerId);
}
