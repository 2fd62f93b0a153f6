package dk.godstart.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Work that Godstart does on its own behalf, such as seeding the embedded demo at start-up, runs as
 * the explicit system caller: {@link CurrentUser} then holds every role, so the work goes through
 * the same application methods, and the same checks, as a person's. There is no method that skips a
 * check.
 *
 * <p>Only code with no signed-in user may act as the system (start-up, timers): a request of a
 * person or an API token is refused, so that no page or resource can borrow the system's rights.
 * The mark lives on the thread for the length of the call only.
 */
@ApplicationScoped
public class SystemCaller {

  private static final Logger LOG = Logger.getLogger(SystemCaller.class.getName());
  private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

  @Inject SecurityContext security;

  /** Runs {@code work} as the system; {@code why} is logged. */
  public void run(String why, Runnable work) {
    call(
        why,
        () -> {
          work.run();
          return null;
        });
  }

  /** Runs {@code work} as the system and returns its result; {@code why} is logged. */
  public <T> T call(String why, Supplier<T> work) {
    if (signedIn()) {
      throw new IllegalStateException("A signed-in caller cannot act as the system: " + why);
    }
    String outer = ACTING.get();
    ACTING.set(why);
    LOG.fine(() -> "Acting as the system: " + why);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        ACTING.remove();
      } else {
        ACTING.set(outer);
      }
    }
  }

  /** Whether the current thread is doing the system's work. */
  static boolean isActive() {
    return ACTING.get() != null;
  }

  private boolean signedIn() {
    try {
      return security.getCallerPrincipal() != null;
    } catch (RuntimeException e) {
      // No security context at all (start-up outside any request): nobody is signed in.
      return false;
    }
  }
}
