package dk.godstart.player.application;

import java.util.Map;
import java.util.Set;

/**
 * The player's question to whoever decides what a learner may take: which modules are open to this
 * account? The enrolment feature answers it from the hire's path (just-in-time unlocking); until a
 * better answer is installed, {@link NoModuleOpen} opens none.
 */
public interface ModuleAccess {

  /** The ids of the modules the account may start or continue. */
  Set<Long> openModules(long accountId);

  /**
   * Where the account stands in each module, in the words of whoever keeps their path ({@code
   * unlocked, in-progress, completed, reflected, reviewed}); modules not named here get the
   * player's own account of their latest attempt, in the same words.
   */
  default Map<Long, String> states(long accountId) {
    return Map.of();
  }

  /**
   * Whether the account may preview the module without taking it (no attempt is recorded). Fails
   * closed unless an implementation says yes.
   */
  default boolean mayPreview(long accountId, long moduleId) {
    return false;
  }

  default boolean isOpen(long accountId, long moduleId) {
    return openModules(accountId).contains(moduleId);
  }
}
