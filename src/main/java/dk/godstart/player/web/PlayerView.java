package dk.godstart.player.web;

import dk.godstart.kernel.NotFound;
import dk.godstart.people.web.CsrfToken;
import dk.godstart.player.application.Launch;
import dk.godstart.player.application.LaunchGrants;
import dk.godstart.player.application.PlayerLaunches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Backs {@code player/play.xhtml?module=<id>} (add {@code &preview=true} to preview): opens the
 * module and hands {@code player.js} its configuration.
 */
@Named
@RequestScoped
public class PlayerView {

  private static final String TEXT_PREFIX = "player.js.";

  @Inject PlayerLaunches launches;
  @Inject CsrfToken csrfToken;
  @Inject FacesContext faces;
  @Inject LaunchGrants grants;
  @Inject ContentOriginSettings contentOrigin;

  /** As typed in the address: not a number is an unknown module (404), not a failed page. */
  private String module;

  private boolean preview;
  private Launch launch;

  public void load() {
    long id;
    try {
      id = module == null ? 0 : Long.parseLong(module.strip());
    } catch (NumberFormatException e) {
      throw new NotFound("module.not-found");
    }
    launch = launches.open(id, preview);
  }

  public Launch getLaunch() {
    return launch;
  }

  public String getConfigJson() {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String exitUrl =
        ExitTarget.of(
            preview,
            external.getRequestContextPath(),
            request.getRequestURL().toString(),
            request.getHeader("Referer"));
    return PlayerConfig.json(
        launch,
        grants.grant(launch, contentOrigin.capabilityLifetime()),
        contentOrigin.contentOrigin(),
        external.getRequestContextPath(),
        exitUrl,
        csrfToken.getValue(),
        texts());
  }

  /** The texts player.js shows, in the page's language: the bundle's {@code player.js.*} keys. */
  private Map<String, String> texts() {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : bundle.keySet()) {
      if (key.startsWith(TEXT_PREFIX)) {
        texts.put(key.substring(TEXT_PREFIX.length()), bundle.getString(key));
      }
    }
    return texts;
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public boolean isPreview() {
    return preview;
  }

  public void setPreview(boolean preview) {
    this.preview = preview;
  }
}
