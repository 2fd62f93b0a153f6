/**
 * Player: attempts, SCORM tracking, the commit endpoint, content delivery and the player page.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>The browser-side SCORM runtime is the scorm-again library (installed by npm in the build),
 *       not our own: the player page only configures it from the server's data and carries its
 *       commits. The server keeps the full CMI JSON per SCO and derives what the LMS acts on
 *       (completion, success, score, time) with {@link dk.godstart.player.domain.TrackingRules},
 *       pure functions of the SCORM 1.2 and 2004 rules.
 *   <li>Commits are numbered per attempt. Each commit locks its attempt's row and is refused (409)
 *       unless its number is higher than the last one stored, so two tabs or a late keep-alive
 *       request never overwrite newer data; the answer is sent after the transaction committed.
 *   <li>A module is completed when every SCO is done (SCORM 1.2, and SCORM 2004 without
 *       sequencing), or, for SCORM 2004 with sequencing, when the root activity's rollup says so:
 *       {@link dk.godstart.player.domain.Rollup} rolls up the package's own rules on the server,
 *       because the server, not the page, decides what a completion unlocks.
 *   <li>The browser's sequencing engine keeps its activity state per attempt on the server ({@code
 *       PUT /api/v1/attempts/{id}/sequencing-state}, at every commit and terminate), and the next
 *       page loads it before the first delivery: a package with sequencing resumes under its own
 *       rules. The server stores the state and decides nothing from it.
 *   <li>A completed module is announced as the CDI event {@link
 *       dk.godstart.player.domain.ModuleCompleted}; the player never imports the features that
 *       react to it.
 *   <li>Whether a learner may open a module is asked through the {@link
 *       dk.godstart.player.application.ModuleAccess} port, which the enrolment feature answers; who
 *       may see a learner's results through {@link
 *       dk.godstart.player.application.LearnerOversight}.
 *   <li>Package files are served by a servlet after the same authorisation, streamed from the
 *       content store with ETag, Last-Modified, byte ranges and long private caching. They are
 *       served from the application's own origin so that SCOs find the runtime by the standard API
 *       search; this means an uploaded package can act as the learner, so only authors may upload.
 * </ul>
 */
package dk.godstart.player;
