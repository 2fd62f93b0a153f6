package dk.godstart.platform.demo;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.domain.Competence;
import dk.godstart.catalog.domain.ModuleDescription;
import dk.godstart.catalog.domain.ModuleKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sample modules of {@code modules/}, as the build zipped them, imported through the real
 * import and described the way Camilla Brandt, the department's tovholder, would.
 */
@ApplicationScoped
public class DemoModules {

  private static final Logger LOG = Logger.getLogger(DemoModules.class.getName());

  /** The sample packages, by directory name, with what the author tells about each. */
  record Sample(String name, ModuleDescription description) {}

  static final List<Sample> SAMPLES =
      List.of(
          sample(
              "partshoering",
              "Partshøring (Forvaltningsloven § 19)",
              "Hvornår skal borgeren høres, før kommunen træffer en afgørelse, og hvad sker der,"
                  + " hvis det glemmes? Med en quiz, du skal bestå.",
              ModuleKind.LOVGIVNING,
              Competence.FAGLIG,
              10),
          sample(
              "begrundelse-klagevejledning",
              "Begrundelse og klagevejledning (FVL §§ 22-25)",
              "Hvad en skriftlig afgørelse skal indeholde, så borgeren kan forstå den og klage"
                  + " over den.",
              ModuleKind.LOVGIVNING,
              Competence.FAGLIG,
              10),
          sample(
              "notatpligt",
              "Notatpligt (Offentlighedsloven § 13)",
              "Hvad du skal notere i sagen, når du får oplysninger mundtligt, og hvorfor det"
                  + " betyder noget for borgeren.",
              ModuleKind.LOVGIVNING,
              Competence.FAGLIG,
              8),
          sample(
              "underretninger",
              "Underretninger efter Barnets Lov",
              "Fra underretningen lander til vurderingen inden for 24 timer: hvad du gør, og"
                  + " hvem du inddrager.",
              ModuleKind.LOVGIVNING,
              Competence.FAGLIG,
              12),
          sample(
              "boernefaglig-undersoegelse",
              "Børnefaglig undersøgelse (Barnets Lov §§ 20-23)",
              "Drejebogen for den børnefaglige undersøgelse, trin for trin og i rækkefølge.",
              ModuleKind.DREJEBOG,
              Competence.ORGANISATORISK,
              15),
          sample(
              "barnets-plan",
              "Barnets plan og opfølgning (§§ 91-92, 95)",
              "Sådan laver og følger du op på barnets plan. Vælg selv, hvor du begynder.",
              ModuleKind.DREJEBOG,
              Competence.ORGANISATORISK,
              12),
          sample(
              "sygedagpenge-opfoelgning",
              "Sygedagpenge: opfølgning til uge 8 og 22",
              "Jobcentrets opfølgning på sygedagpenge fra første samtale til revurderingen.",
              ModuleKind.DREJEBOG,
              Competence.ORGANISATORISK,
              12),
          sample(
              "tavshedspligt-persondata",
              "Tavshedspligt og persondata i hverdagen",
              "Tavshedspligt, samtykke og persondata i de situationer, du møder hver dag. Et"
                  + " længere modul, du kan holde pause i og fortsætte senere.",
              ModuleKind.LOVGIVNING,
              Competence.PRAKTISK,
              15));

  @Inject ModuleImport imports;

  @Inject
  @ConfigProperty(name = "godstart.demo.modules-dir", defaultValue = "target/modules")
  String modulesDir;

  /** Imports the samples; returns the new module ids by sample name. */
  Map<String, Long> importAll(long authorId) {
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Sample sample : SAMPLES) {
      Path zip = Path.of(modulesDir, sample.name() + ".zip");
      if (!Files.isRegularFile(zip)) {
        LOG.warning("Demo module " + zip + " is missing; build with mvn package to get it.");
        continue;
      }
      try (InputStream in = Files.newInputStream(zip)) {
        ImportedVersion imported = imports.seed(in, authorId, sample.description());
        ids.put(sample.name(), imported.moduleId());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return ids;
  }

  private static Sample sample(
      String name,
      String title,
      String description,
      ModuleKind kind,
      Competence competence,
      int minutes) {
    return new Sample(name, new ModuleDescription(title, description, kind, competence, minutes));
  }
}
