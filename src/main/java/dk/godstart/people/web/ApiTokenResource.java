package dk.godstart.people.web;

import dk.godstart.kernel.JsonInput;
import dk.godstart.people.application.ApiTokens;
import dk.godstart.people.application.ApiTokens.IssuedToken;
import dk.godstart.people.application.ApiTokens.TokenSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /api/v1/api-tokens}: administrators issue, list and revoke API tokens. */
@Path("api-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

  @Inject ApiTokens tokens;
  @Context UriInfo uri;

  /** A newly issued token; {@code token} is the secret, returned this once only. */
  public record Issued(
      long id, String name, String account, boolean integration, String issuedAt, String token) {}

  @GET
  public List<TokenSummary> list() {
    return tokens.list();
  }

  /**
   * Issues a token: {@code {"name", "account", "integration"}}, the account by user name and
   * whether the token may report casework steps.
   */
  @POST
  public Response issue(JsonValue json) {
    tokens.requireMayManage();
    JsonObject request = JsonInput.object(json);
    IssuedToken issued =
        tokens.issue(
            JsonInput.text(request, "name"),
            JsonInput.text(request, "account"),
            JsonInput.flag(request, "integration", false));
    TokenSummary token = issued.token();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(token.id())).build())
        .entity(
            new Issued(
                token.id(),
                token.name(),
                token.account(),
                token.integration(),
                token.issuedAt().toString(),
                issued.secret()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
