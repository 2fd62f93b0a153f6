package dk.godstart.people.web;

import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/me}: who the caller is. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentUser currentUser;

  /** The caller's user name, name and roles. */
  public record Me(String username, String displayName, List<Role> roles) {}

  @GET
  public Me me() {
    Account account = currentUser.getAccount();
    return new Me(
        account.username(),
        account.displayName(),
        currentUser.getRoles().stream().sorted().toList());
  }
}
