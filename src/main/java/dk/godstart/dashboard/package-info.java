/**
 * Leaders' dashboards: read-only figures over the tables of the features below.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One definition per figure. {@code FactsQuery} reads the facts of a scope (enrolments,
 *       progress per unlocked module, programme plans, current mentors) in a fixed number of
 *       queries that return rows, never entities; every figure is then a pure function in {@code
 *       domain} ({@code Overview}, {@code HireRow}, {@code ModuleRow}, {@code MentorRow}, {@code
 *       CompetenceRow}, {@code RetentionRow}) with its definition in its Javadoc and its own tests.
 *       Pages, REST and CSV all call {@code Dashboards}, so they cannot disagree.
 *   <li>Authorisation in one place, {@code DashboardAccess}: leaders see their unit and the units
 *       below, administrators all, authors the modules view as figures only. A unit outside the
 *       caller's reach is refused, not silently narrowed.
 *   <li>Period: a hire belongs to a period when the enrolment overlaps it; retention takes the
 *       hires who started in it; the overview's completions are those dated within it. {@code to}
 *       defaults to today, {@code from} to the beginning.
 *   <li>A module is completed on the day (Danish time) of its first completed attempt; progress
 *       counts modules that were unlocked for the hire. A hire left on the recorded end of the
 *       employment, or else on the day the enrolment ended as "left".
 *   <li>CSV for a Danish Excel: UTF-8 with BOM, {@code ;}, Danish column names from the pages'
 *       bundle, decimal commas.
 * </ul>
 */
package dk.godstart.dashboard;
