/**
 * Platform: what wires the features into one running application.
 *
 * <ul>
 *   <li>Start-up ({@code startup}): the data source, then Flyway migrations, then the demo data,
 *       before anything else runs. Flyway owns the schema. A start-up that fails ends the process
 *       with exit code 1 (configurable), because Payara Micro would otherwise report "ready" over
 *       an application that never deployed.
 *   <li>Demo data ({@code demo}): only when the run command's embedded database is used ({@code
 *       godstart.demo=true}, set by the launcher), and only on an empty database. It runs as the
 *       system caller through the same checked application methods as people do.
 *   <li>The REST application under {@code /api/v1} ({@code rest}): one JSON error shape for every
 *       failure, in Danish or English by {@code Accept-Language}.
 *   <li>Web ({@code web}): the language of the pages, the navigation by role, and turning problems
 *       raised by actions into messages on the page.
 *   <li>Health ({@code health}): MicroProfile Health readiness (database reachable, schema at the
 *       version this build expects) and liveness.
 * </ul>
 *
 * <p>Platform stands on top of every feature; no feature imports it.
 */
package dk.godstart.platform;
