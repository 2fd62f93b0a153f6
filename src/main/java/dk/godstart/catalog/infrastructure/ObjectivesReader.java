package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.AdlMapInfo;
import dk.godstart.catalog.domain.manifest.AdlObjective;
import dk.godstart.catalog.domain.manifest.MapInfo;
import dk.godstart.catalog.domain.manifest.Objective;
import dk.godstart.catalog.domain.manifest.Objectives;
import java.util.List;

/** Reads {@code imsss:objectives} and the 4th edition's {@code adlseq:objectives} extension. */
final class ObjectivesReader {

  private ObjectivesReader() {}

  static Objectives objectives(XmlElement e) {
    if (e == null) {
      return Objectives.none();
    }
    XmlElement primary = e.imsssChild("primaryObjective");
    List<Objective> others =
        e.children("objective").stream()
            .filter(o -> !o.inAdlseq())
            .map(ObjectivesReader::objective)
            .toList();
    return new Objectives(primary == null ? null : objective(primary), others);
  }

  private static Objective objective(XmlElement e) {
    Double measure = XmlElement.parseDecimal(e.childText("minNormalizedMeasure"));
    List<MapInfo> mapInfo =
        e.children("mapInfo").stream()
            .map(
                m ->
                    new MapInfo(
                        m.attribute("targetObjectiveID"),
                        m.bool("readSatisfiedStatus", true),
                        m.bool("readNormalizedMeasure", true),
                        m.bool("writeSatisfiedStatus", false),
                        m.bool("writeNormalizedMeasure", false)))
            .toList();
    return new Objective(
        e.attribute("objectiveID"),
        e.bool("satisfiedByMeasure", false),
        measure == null ? 1.0 : measure,
        mapInfo);
  }

  static List<AdlObjective> adlObjectives(XmlElement e) {
    if (e == null) {
      return List.of();
    }
    return e.children("objective").stream()
        .map(
            o ->
                new AdlObjective(
                    o.attribute("objectiveID"),
                    o.children("mapInfo").stream().map(ObjectivesReader::adlMapInfo).toList()))
        .toList();
  }

  private static AdlMapInfo adlMapInfo(XmlElement m) {
    return new AdlMapInfo(
        m.attribute("targetObjectiveID"),
        m.bool("readRawScore", true),
        m.bool("readMinScore", true),
        m.bool("readMaxScore", true),
        m.bool("readCompletionStatus", true),
        m.bool("readProgressMeasure", true),
        m.bool("writeRawScore", false),
        m.bool("writeMinScore", false),
        m.bool("writeMaxScore", false),
        m.bool("writeCompletionStatus", false),
        m.bool("writeProgressMeasure", false));
  }
}
