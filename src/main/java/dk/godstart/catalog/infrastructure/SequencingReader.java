package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import dk.godstart.catalog.domain.manifest.AuxiliaryResource;
import dk.godstart.catalog.domain.manifest.ConstrainedChoiceConsiderations;
import dk.godstart.catalog.domain.manifest.ControlMode;
import dk.godstart.catalog.domain.manifest.DeliveryControls;
import dk.godstart.catalog.domain.manifest.LimitConditions;
import dk.godstart.catalog.domain.manifest.RandomizationControls;
import dk.godstart.catalog.domain.manifest.RollupConsiderations;
import dk.godstart.catalog.domain.manifest.Sequencing;
import dk.godstart.kernel.Detail;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code imsss:sequencing} into a {@link Sequencing}. An element with {@code IDRef} starts
 * from the {@code imsss:sequencingCollection} entry with that {@code ID}; each child element the
 * item states itself replaces the collection's element of the same name, as the SCORM 2004
 * sequencing collection rules say. Absent parts get the spec's defaults.
 */
final class SequencingReader {

  private final Map<String, XmlElement> collection = new HashMap<>();
  private final List<Detail> problems;

  SequencingReader(XmlElement manifest, List<Detail> problems) {
    this.problems = problems;
    XmlElement entries = manifest.child("sequencingCollection");
    if (entries != null) {
      for (XmlElement entry : entries.children("sequencing")) {
        String id = entry.attribute("ID");
        if (id != null) {
          collection.putIfAbsent(id, entry);
        }
      }
    }
  }

  /**
   * The owner's sequencing, or null when it has none; an unknown IDRef is added to the problems.
   */
  Sequencing read(XmlElement owner, String location) {
    XmlElement local = owner.imsssChild("sequencing");
    if (local == null) {
      return null;
    }
    Map<String, XmlElement> parts = new LinkedHashMap<>();
    String idRef = local.attribute("IDRef");
    if (idRef != null) {
      XmlElement shared = collection.get(idRef);
      if (shared == null) {
        problems.add(Detail.of(ProblemCodes.SEQUENCING_COLLECTION_UNKNOWN, location, idRef));
      } else {
        parts.putAll(partsOf(shared));
      }
    }
    parts.putAll(partsOf(local));
    return build(parts);
  }

  private static Map<String, XmlElement> partsOf(XmlElement sequencing) {
    Map<String, XmlElement> parts = new LinkedHashMap<>();
    for (XmlElement child : sequencing.children()) {
      String key = (child.inAdlseq() ? "adlseq:" : "") + child.name().toLowerCase(Locale.ROOT);
      parts.putIfAbsent(key, child);
    }
    return parts;
  }

  private static Sequencing build(Map<String, XmlElement> parts) {
    XmlElement objectives = parts.get("objectives");
    return new Sequencing(
        controlMode(parts.get("controlmode")),
        SequencingRulesReader.sequencingRules(parts.get("sequencingrules")),
        limitConditions(parts.get("limitconditions")),
        auxiliaryResources(parts.get("auxiliaryresources")),
        SequencingRulesReader.rollupRules(parts.get("rolluprules")),
        ObjectivesReader.objectives(objectives),
        randomization(parts.get("randomizationcontrols")),
        delivery(parts.get("deliverycontrols")),
        constrainedChoice(parts.get("adlseq:constrainedchoiceconsiderations")),
        rollupConsiderations(parts.get("adlseq:rollupconsiderations")),
        ObjectivesReader.adlObjectives(parts.get("adlseq:objectives")));
  }

  private static ControlMode controlMode(XmlElement e) {
    if (e == null) {
      return ControlMode.defaults();
    }
    return new ControlMode(
        e.bool("choice", true),
        e.bool("choiceExit", true),
        e.bool("flow", false),
        e.bool("forwardOnly", false),
        e.bool("useCurrentAttemptObjectiveInfo", true),
        e.bool("useCurrentAttemptProgressInfo", true));
  }

  private static LimitConditions limitConditions(XmlElement e) {
    if (e == null) {
      return LimitConditions.defaults();
    }
    return new LimitConditions(
        e.integer("attemptLimit", 0), e.attribute("attemptAbsoluteDurationLimit"));
  }

  private static List<AuxiliaryResource> auxiliaryResources(XmlElement e) {
    if (e == null) {
      return List.of();
    }
    return e.children("auxiliaryResource").stream()
        .map(r -> new AuxiliaryResource(r.attribute("auxiliaryResourceID"), r.attribute("purpose")))
        .toList();
  }

  private static RandomizationControls randomization(XmlElement e) {
    if (e == null) {
      return RandomizationControls.defaults();
    }
    return new RandomizationControls(
        e.string("randomizationTiming", "never"),
        e.integer("selectCount", null),
        e.bool("reorderChildren", false),
        e.string("selectionTiming", "never"));
  }

  private static DeliveryControls delivery(XmlElement e) {
    if (e == null) {
      return DeliveryControls.defaults();
    }
    return new DeliveryControls(
        e.bool("tracked", true),
        e.bool("completionSetByContent", false),
        e.bool("objectiveSetByContent", false));
  }

  private static ConstrainedChoiceConsiderations constrainedChoice(XmlElement e) {
    if (e == null) {
      return ConstrainedChoiceConsiderations.defaults();
    }
    return new ConstrainedChoiceConsiderations(
        e.bool("preventActivation", false), e.bool("constrainChoice", false));
  }

  private static RollupConsiderations rollupConsiderations(XmlElement e) {
    if (e == null) {
      return RollupConsiderations.defaults();
    }
    return new RollupConsiderations(
        e.string("requiredForSatisfied", "always"),
        e.string("requiredForNotSatisfied", "always"),
        e.string("requiredForCompleted", "always"),
        e.string("requiredForIncomplete", "always"),
        e.bool("measureSatisfactionIfActive", true));
  }
}
