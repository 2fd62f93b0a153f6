package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ManifestLocations;
import dk.godstart.catalog.domain.manifest.CompletionThreshold;
import dk.godstart.catalog.domain.manifest.DataMap;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.Presentation;
import java.util.List;

/**
 * Reads an {@code <organization>} and its item tree, with the SCORM 1.2 {@code adlcp} elements and
 * the SCORM 2004 ones side by side: each edition simply lacks the other's.
 */
final class OrganizationReader {

  private final SequencingReader sequencing;

  OrganizationReader(SequencingReader sequencing) {
    this.sequencing = sequencing;
  }

  Organization read(XmlElement e) {
    String identifier = e.attribute("identifier");
    return new Organization(
        identifier,
        e.childText("title"),
        items(e),
        sequencing.read(e, ManifestLocations.organization(identifier)),
        e.bool("objectivesGlobalToSystem", true),
        e.bool("sharedDataGlobalToSystem", true));
  }

  private List<Item> items(XmlElement parent) {
    return parent.children("item").stream().map(this::item).toList();
  }

  private Item item(XmlElement e) {
    String identifier = e.attribute("identifier");
    return new Item(
        identifier,
        e.childText("title"),
        e.attribute("identifierref"),
        e.attribute("parameters"),
        e.bool("isvisible", true),
        items(e),
        XmlElement.parseDecimal(e.childText("masteryscore")),
        e.childText("prerequisites"),
        e.childText("maxtimeallowed"),
        e.childText("timelimitaction"),
        e.childText("datafromlms"),
        completionThreshold(e.child("completionThreshold")),
        sequencing.read(e, ManifestLocations.item(identifier)),
        presentation(e.child("presentation")),
        data(e.child("data")));
  }

  /**
   * The 4th edition states the threshold in attributes; the 3rd as element text, which means
   * "completed once progress reaches this measure". The form found decides, not the edition,
   * because exporters mix them up.
   */
  private static CompletionThreshold completionThreshold(XmlElement e) {
    if (e == null) {
      return null;
    }
    boolean attributes =
        e.attribute("completedByMeasure") != null
            || e.attribute("minProgressMeasure") != null
            || e.attribute("progressWeight") != null;
    Double text = XmlElement.parseDecimal(e.text());
    if (!attributes && text != null) {
      return new CompletionThreshold(true, text, 1.0);
    }
    return new CompletionThreshold(
        e.bool("completedByMeasure", false),
        e.decimal("minProgressMeasure", 1.0),
        e.decimal("progressWeight", 1.0));
  }

  private static Presentation presentation(XmlElement e) {
    XmlElement navigation = e == null ? null : e.child("navigationInterface");
    if (navigation == null) {
      return null;
    }
    return new Presentation(
        navigation.children("hideLMSUI").stream().map(XmlElement::text).toList());
  }

  private static List<DataMap> data(XmlElement e) {
    if (e == null) {
      return List.of();
    }
    return e.children("map").stream()
        .map(
            m ->
                new DataMap(
                    m.attribute("targetID"),
                    m.bool("readSharedData", true),
                    m.bool("writeSharedData", false)))
        .toList();
  }
}
