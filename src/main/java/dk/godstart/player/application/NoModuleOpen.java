package dk.godstart.player.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Without a feature that decides when modules unlock, no module is open to anyone: access fails
 * closed. The enrolment feature replaces this with an alternative of higher priority.
 */
@ApplicationScoped
public class NoModuleOpen implements ModuleAccess {

  @Override
  public Set<Long> openModules(long accountId) {
    return Set.of();
  }
}
