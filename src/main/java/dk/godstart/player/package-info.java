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
 *       request never overwrite newer data; the answer is sent after the transaction committed (a
 *       short JDBC transaction of its own, not the container's: {@link
 *       dk.godstart.player.infrastructure.AttemptRows}).
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
 *   <li>A package is code written by someone else, so its files are served from a content origin
 *       that is not the application's ({@code godstart.content.origin}): another port in the run
 *       command's default, a separate registrable domain in production. The content origin knows no
 *       session and no cookie; a file is read under a signed {@link
 *       dk.godstart.player.domain.ContentCapability} in its address, which the player page issues
 *       only after {@link dk.godstart.player.application.PlayerLaunches} decided that the caller
 *       may open the module, and which is checked with the key alone (no database). The embedded
 *       listener is the JDK's HTTP server beside Payara's, not the Faces/security/CDI pipeline; in
 *       production nginx can check the same signature (docker/nginx).
 *   <li>The scorm-again runtime runs in a launcher page on the content origin, beside the SCO, so
 *       SCORM calls stay synchronous and resume works; it commits through {@code
 *       /_godstart/attempt-channel/{token}} on its own origin (the content listener, not the
 *       application server's pipeline; no CORS) with an {@link
 *       dk.godstart.player.domain.AttemptToken} good for that attempt only, never the learner's
 *       session. The player page keeps the table of contents and messages and talks to the launcher
 *       by postMessage, origins checked both ways. A package can therefore at most write its own
 *       attempt, as any SCO can.
 *   <li>Each SCORM rule is decided once, here on the server: whether a SCO is finished, the {@code
 *       cmi.entry} and total time of its next session (the commit answer, {@link
 *       dk.godstart.player.application.CommitResult}), and scorm-again's activity tree ({@link
 *       dk.godstart.catalog.domain.manifest.ActivitySettings}). The launcher takes them from the
 *       launch configuration and each commit's answer and keeps no copy of the rules.
 * </ul>
 */
package dk.godstart.player;
