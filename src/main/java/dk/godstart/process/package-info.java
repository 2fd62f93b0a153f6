/**
 * Process: casework processes and their steps, programme templates, unlock rules and their
 * evaluation, step events, and the API through which a case system reports that a hire reached a
 * step.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>A casework process is data, not code: a department's ordered steps, each with a stable code
 *       (for example {@code boernefaglig-undersoegelse}) that rules and case systems refer to.
 *   <li>Unlock evaluation is a pure function of (the programme's rules, the facts about one
 *       enrolment) to each module's state and the reason for it: {@link
 *       dk.godstart.process.domain.unlock.UnlockEvaluation}. It reads no clock (today is one of the
 *       facts), no database and no container, so every rule is unit-tested in plain JUnit and the
 *       same facts always give the same answer, on any instance of a cluster.
 *   <li>Rules are small immutable records, one per kind, combined with all-of and any-of. Each
 *       answers why it holds or what it still waits for, so the hire's path can say why a module is
 *       locked and when it will open.
 *   <li>This feature never imports {@code enrollment}. The enrolment stands on top of it: it
 *       collects the facts (start date, steps reached, modules completed, mentors' releases), calls
 *       the evaluation and stores the result on the hire's path.
 * </ul>
 */
package dk.godstart.process;
