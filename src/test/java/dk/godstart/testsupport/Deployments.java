package dk.godstart.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds Arquillian deployments: the real WAR of this build, plus the test
 * classes, pointed at a fresh database of the shared {@link TestDatabase}.
 */
public final class Deployments {

  private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

  private Deployments() {}

  public static WebArchive withFreshDatabase(String database, Class<?>... testClasses) {
    String url = TestDatabase.freshDatabase(database);
    WebArchive war =
        ShrinkWrap.createFromZipFile(
            WebArchive.class, Path.of(System.getProperty("godstart.war")).toFile());
    // The build's configuration with the test's settings after it: in a properties file the
    // last value of a key wins.
    String config = read(war, CONFIG);
    war.delete(CONFIG);
    war.add(
        new StringAsset(
            config
                + "\n"
                + String.join(
                    "\n",
                    "db.url=" + url,
                    "db.user=godstart",
                    "db.password=" + TestDatabase.instance().password(),
                    "godstart.demo=false",
                    "godstart.demo.modules-dir=" + Path.of("target", "modules").toAbsolutePath(),
                    "godstart.data-dir=" + Path.of("target", "it", database).toAbsolutePath(),
                    "godstart.startup.exit-on-failure=true")),
        CONFIG);
    // Arquillian talks to its own servlet in the deployment; it must not meet the sign-in page.
    war.setWebXML(
        new StringAsset(
            read(war, "WEB-INF/web.xml")
                .replace(
                    "<url-pattern>/signin.xhtml</url-pattern>",
                    "<url-pattern>/signin.xhtml</url-pattern>\n"
                        + "      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    war.addClasses(testClasses);
    return war;
  }

  private static String read(WebArchive war, String path) {
    try (InputStream in = war.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
