package dk.godstart.reflection.web;

import dk.godstart.enrollment.application.HirePaths;
import dk.godstart.enrollment.domain.PathState;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the player's end screen invites the hire to write her reflection ("Skriv din
 * refleksion"): the path says so ({@link PathState#mayWriteNote}), not the page.
 */
@Named
@RequestScoped
public class ReflectionInvite {

  @Inject HirePaths paths;
  @Inject CurrentUser currentUser;

  /**
   * Whether the player page carries the invitation at all: for a hire taking the module, never for
   * someone previewing it.
   */
  public boolean offered(boolean preview) {
    return !preview && currentUser.has(Role.HIRE);
  }

  public boolean due(Long moduleId) {
    if (moduleId == null || !currentUser.isSignedIn()) {
      return false;
    }
    PathState state = paths.statesOf(currentUser.getAccount().id()).get(moduleId);
    return state != null && state.mayWriteNote();
  }
}
