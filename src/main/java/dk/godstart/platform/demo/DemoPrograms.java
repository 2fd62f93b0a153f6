package dk.godstart.platform.demo;

import dk.godstart.process.application.Processes;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.CaseworkProcess;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.StepDefinition;
import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The two departments' casework processes (Barnets Lov in Børn og Unge, sygedagpenge and
 * kontanthjælp in the Jobcenter) and their introduction programmes, mapping the sample modules to
 * the steps where a new hire needs them.
 */
@ApplicationScoped
public class DemoPrograms {

  @Inject Processes processes;
  @Inject Programmes programmes;

  /** The Børn og Unge programme's id; the Jobcenter one is created alongside. */
  long create(long boernOgUnge, long jobcenter, Map<String, Long> modules) {
    CaseworkProcess children =
        processes.create(
            boernOgUnge,
            "Sager om børn og unge (Barnets Lov)",
            "Fra underretning til opfølgning på barnets plan.",
            List.of(
                step(
                    "underretning",
                    "Underretning",
                    "Vurdér inden for 24 timer, om barnet er i fare (§§ 136-137).",
                    Phase.OPSTART),
                step(
                    "screening",
                    "Screening",
                    "Ingen videre handling, afdækning (§ 19) eller en børnefaglig undersøgelse (§ 18).",
                    Phase.OPSTART),
                step(
                    "boernefaglig-undersoegelse",
                    "Børnefaglig undersøgelse",
                    "Undersøgelsen efter §§ 20-23, inden for 4 måneder.",
                    Phase.LAERING),
                step(
                    "samtale-med-barnet",
                    "Samtale med barnet",
                    "Barnet inddrages før afgørelser (§ 5).",
                    Phase.LAERING),
                step(
                    "stoettende-indsatser",
                    "Støttende indsatser",
                    "Indsatser efter § 32 med forældrenes samtykke.",
                    Phase.LAERING),
                step(
                    "barnets-plan",
                    "Barnets plan",
                    "Barnets plan efter §§ 91-92, inden for 3 måneder.",
                    Phase.LAERING),
                step(
                    "opfoelgning",
                    "Opfølgning",
                    "Første opfølgning senest efter 3 måneder (§ 95).",
                    Phase.LAERING),
                step(
                    "klage",
                    "Klage",
                    "Klage til Ankestyrelsen inden 4 uger; kommunen genvurderer først.",
                    Phase.AFSLUTNING)));
    CaseworkProcess jobs =
        processes.create(
            jobcenter,
            "Sygedagpenge og kontanthjælp (Jobcenter)",
            "Opfølgning på sygedagpenge og den første samtale om kontanthjælp.",
            List.of(
                step(
                    "visitation",
                    "Oplysningsskema og visitation",
                    "Visitation efter sygedagpengelovens § 12.",
                    Phase.OPSTART),
                step(
                    "opfoelgning-uge-8",
                    "Første opfølgningssamtale",
                    "Inden udgangen af uge 8, derefter hver 4. uge.",
                    Phase.LAERING),
                step(
                    "revurdering-uge-22",
                    "Revurdering i uge 22",
                    "Sagen revurderes i uge 22.",
                    Phase.LAERING),
                step(
                    "jobsamtale-kontanthjaelp",
                    "Første jobsamtale (kontanthjælp)",
                    "Inden for en uge efter den første henvendelse (LAB § 31).",
                    Phase.LAERING)));

    Programme intro =
        programmes.create(
            boernOgUnge,
            children.id(),
            "Introduktion i Børn og Unge",
            "De første tre måneder som socialrådgiver i Børn og Unge.",
            true);
    module(intro, modules, "tavshedspligt-persondata", Phase.FORBEREDELSE, new DayReached(-7), 14);
    module(intro, modules, "notatpligt", Phase.OPSTART, new DayReached(0), 7);
    module(intro, modules, "partshoering", Phase.OPSTART, completed(modules, "notatpligt"), 14);
    module(intro, modules, "underretninger", Phase.LAERING, new StepReached("underretning"), 7);
    module(
        intro,
        modules,
        "boernefaglig-undersoegelse",
        Phase.LAERING,
        new StepReached("boernefaglig-undersoegelse"),
        14);
    module(
        intro,
        modules,
        "begrundelse-klagevejledning",
        Phase.LAERING,
        new AnyOf(List.of(new StepReached("stoettende-indsatser"), new DayReached(30))),
        null);
    module(
        intro,
        modules,
        "barnets-plan",
        Phase.LAERING,
        new AllOf(
            List.of(
                new StepReached("barnets-plan"), completed(modules, "boernefaglig-undersoegelse"))),
        null);

    Programme jobcentre =
        programmes.create(
            jobcenter,
            jobs.id(),
            "Introduktion i Jobcentret",
            "De første tre måneder som socialrådgiver i Jobcentret.",
            false);
    module(
        jobcentre, modules, "tavshedspligt-persondata", Phase.FORBEREDELSE, new DayReached(-7), 14);
    module(jobcentre, modules, "notatpligt", Phase.OPSTART, new DayReached(0), 7);
    module(
        jobcentre,
        modules,
        "sygedagpenge-opfoelgning",
        Phase.LAERING,
        new StepReached("visitation"),
        14);
    module(
        jobcentre, modules, "partshoering", Phase.LAERING, completed(modules, "notatpligt"), null);
    module(
        jobcentre,
        modules,
        "begrundelse-klagevejledning",
        Phase.LAERING,
        new StepReached("opfoelgning-uge-8"),
        null);
    return intro.id();
  }

  private void module(
      Programme programme,
      Map<String, Long> modules,
      String name,
      Phase phase,
      UnlockRule rule,
      Integer dueDays) {
    Long id = modules.get(name);
    if (id != null) {
      programmes.setModule(programme.id(), id, new EntryTerms(phase, rule, true, dueDays));
    }
  }

  private static UnlockRule completed(Map<String, Long> modules, String name) {
    return new ModuleCompleted(modules.getOrDefault(name, -1L));
  }

  private static StepDefinition step(String code, String name, String description, Phase phase) {
    return new StepDefinition(code, name, description, phase);
  }
}
