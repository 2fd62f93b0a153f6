package dk.godstart.player.web;

import dk.godstart.player.application.AttemptQueries;
import dk.godstart.player.application.AttemptQueries.MyModule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs {@code player/mine.xhtml} (Mine moduler): the modules a hire may take, with Start/Fortsæt.
 */
@Named
@RequestScoped
public class MyModulesView {

  @Inject AttemptQueries queries;

  private List<MyModule> modules;

  public List<MyModule> getModules() {
    if (modules == null) {
      modules = queries.myModules();
    }
    return modules;
  }
}
