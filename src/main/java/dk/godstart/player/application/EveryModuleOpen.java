package dk.godstart.player.application;

import dk.godstart.catalog.application.ModuleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Until a feature decides when modules unlock, every module with a version in use is open. The
 * enrolment feature replaces this with an alternative of higher priority.
 */
@ApplicationScoped
public class EveryModuleOpen implements ModuleAccess {

  @Inject ModuleCatalog catalog;

  @Override
  public Set<Long> openModules(long accountId) {
    return catalog.availableModuleIds();
  }
}
