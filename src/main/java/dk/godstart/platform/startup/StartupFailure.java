package dk.godstart.platform.startup;

import java.util.logging.Logger;

/**
 * Ends the server process after a failed start-up. Payara Micro keeps running (and says "ready")
 * when an application fails to deploy; for a one-application server that hides the failure from
 * whoever started it, so we stop the process with exit code 1 instead.
 */
final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  static void exitProcess() {
    LOG.severe("Stopping the server process (exit code 1) because Godstart could not start.");
    // Exit from another thread: the deploying thread holds locks that shutdown hooks may need.
    Thread exit = new Thread(() -> System.exit(1), "godstart-startup-failure-exit");
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(20_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Runtime.getRuntime().halt(1);
            },
            "godstart-startup-failure-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    exit.start();
  }
}
