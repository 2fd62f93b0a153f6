/**
 * Unlock rules and their evaluation: {@link dk.godstart.process.domain.unlock.UnlockEvaluation}
 * turns a programme's rules and one enrolment's facts into each module's state.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>Plain records and one static function: no JPA, CDI or clock. Persistence stores rules
 *       through its own mapping from kind to fields, so the records need no polymorphic JSON.
 *   <li>A rule is evaluated for a module ({@code evaluate(facts, moduleId)}), because a mentor's
 *       release is given for one module; only {@link
 *       dk.godstart.process.domain.unlock.MentorRelease} reads the id. Passing it beside the facts
 *       keeps the facts about the enrolment alone.
 *   <li>A mentor's release opens a module whatever its rule, and opens modules outside the
 *       programme too. When the rule held first, the module has been open since then, so its date,
 *       reason and due date stay those of the rule; on the same day the rule's reason wins.
 *   <li>Empty all-of and any-of are refused when they are made, rather than given a meaning by
 *       convention: an author who saves one has made a mistake, and a module that waits for nothing
 *       yet never opens would be hard to explain to the hire.
 *   <li>{@code opensOn} is the date by which a locked rule will hold through the passing of days
 *       alone, worked out along the rule's tree: known for all-of only when every outstanding part
 *       has such a date (then the latest), for any-of the earliest of its parts' dates. It is not
 *       derived from the flat list of waits, because a day inside an all-of that also waits for a
 *       step opens nothing.
 *   <li>Facts only grow (a step reached stays reached), so a met rule stays met; a due date counts
 *       from the day the module unlocked, which may lie before the start date for preboarding.
 * </ul>
 */
package dk.godstart.process.domain.unlock;
