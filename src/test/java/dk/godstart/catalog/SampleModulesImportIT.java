package dk.godstart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.domain.manifest.Sco;
import dk.godstart.people.application.Accounts;
import dk.godstart.people.application.SystemCaller;
import dk.godstart.testsupport.Deployments;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every sample module the build zipped ({@code target/modules/*.zip}) goes through the production
 * import, inside the server, into a fresh database, with the SCORM version, SCOs and titles its
 * sources promise.
 */
@ExtendWith(ArquillianExtension.class)
class SampleModulesImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withFreshDatabase("it_samples", SampleModulesImportIT.class);
  }

  @Inject ModuleImport imports;
  @Inject Accounts accounts;
  @Inject SystemCaller system;

  private record Expected(String name, String version, String title, List<String> scoTitles) {}

  private static final List<Expected> SAMPLES =
      List.of(
          new Expected("partshoering", "2004", "Partshøring (Forvaltningsloven § 19)", null),
          new Expected(
              "begrundelse-klagevejledning",
              "1.2",
              "Begrundelse og klagevejledning (FVL §§ 22-25)",
              null),
          new Expected("notatpligt", "1.2", "Notatpligt (Offentlighedsloven § 13)", null),
          new Expected("underretninger", "2004", "Underretninger efter Barnets Lov", null),
          new Expected(
              "boernefaglig-undersoegelse",
              "2004",
              "Børnefaglig undersøgelse (Barnets Lov §§ 20-23)",
              List.of(
                  "Del 1: Fra screening til undersøgelse",
                  "Del 2: Inddragelse af barnet og familien",
                  "Del 3: Helhedsvurdering og dokumentation",
                  "Del 4: Fra undersøgelse til indsats")),
          new Expected("barnets-plan", "2004", "Barnets plan og opfølgning (§§ 91-92, 95)", null),
          new Expected(
              "sygedagpenge-opfoelgning", "1.2", "Sygedagpenge: opfølgning til uge 8 og 22", null),
          new Expected(
              "tavshedspligt-persondata", "2004", "Tavshedspligt og persondata i hverdagen", null));

  private static final java.util.Map<String, Integer> SCO_COUNTS =
      java.util.Map.of(
          "partshoering", 1,
          "begrundelse-klagevejledning", 1,
          "notatpligt", 1,
          "underretninger", 1,
          "boernefaglig-undersoegelse", 4,
          "barnets-plan", 3,
          "sygedagpenge-opfoelgning", 3,
          "tavshedspligt-persondata", 1);

  @Test
  void everySampleModuleImportsWithItsVersionScosAndTitles() throws Exception {
    Path dir =
        Path.of(ConfigProvider.getConfig().getValue("godstart.demo.modules-dir", String.class));
    long author =
        accounts
            .create("proeveforfatter", "Prøve Forfatter", "hemmelig".toCharArray(), Set.of(), null)
            .id();

    for (Expected sample : SAMPLES) {
      ImportedVersion imported;
      try (InputStream zip = Files.newInputStream(dir.resolve(sample.name() + ".zip"))) {
        // Naming the uploader is the system's privilege (the demo's own import).
        imported = system.call("test", () -> imports.seed(zip, author, null));
      }
      assertEquals(sample.version(), imported.scormVersion(), sample.name());
      assertEquals(sample.title(), imported.title(), sample.name());
      assertEquals(SCO_COUNTS.get(sample.name()), imported.scos().size(), sample.name());
      if (sample.scoTitles() != null) {
        assertEquals(sample.scoTitles(), imported.scos().stream().map(Sco::title).toList());
      }
    }
  }
}
