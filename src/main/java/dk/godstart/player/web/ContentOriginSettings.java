package dk.godstart.player.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where package content is served from, as browsers see it. In the run command's default the
 * content origin is another port on the same host (a different origin, but the same site: good for
 * one machine and demos); in production a host on a separate registrable domain, so that the
 * browser sends it none of the application's cookies and package script can set none for it.
 */
@ApplicationScoped
public class ContentOriginSettings {

  /** The application's own origin: the only one the launcher takes orders from. */
  @Inject
  @ConfigProperty(name = "godstart.origin")
  String appOrigin;

  @Inject
  @ConfigProperty(name = "godstart.content.origin")
  String contentOrigin;

  /** The port of the embedded content listener; none (-1) when a web server in front serves it. */
  @Inject
  @ConfigProperty(name = "godstart.content.port")
  int port;

  @Inject
  @ConfigProperty(name = "godstart.content.capability-hours")
  int capabilityHours;

  public String appOrigin() {
    return withoutSlash(appOrigin);
  }

  public String contentOrigin() {
    return withoutSlash(contentOrigin);
  }

  public int port() {
    return port;
  }

  public Duration capabilityLifetime() {
    return Duration.ofHours(capabilityHours);
  }

  private static String withoutSlash(String origin) {
    String trimmed = origin.strip();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
