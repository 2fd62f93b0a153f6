package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.manifest.ScormEdition;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the SCORM edition from {@code metadata/schemaversion} and, where that is missing or vague,
 * from the namespaces. Exporters write "2004 4th Edition", "2004 4th edition", "CAM 1.3" and the
 * like, so the text is compared without case and spaces.
 */
final class EditionDetector {

  private EditionDetector() {}

  /** Whether this is a SCORM 1.1 package, which the platform does not run. */
  static boolean isScorm11(XmlElement root, Set<String> namespaces) {
    String version = schemaVersion(root);
    boolean oldNamespace =
        namespaces.stream()
            .map(ns -> ns.toLowerCase(Locale.ROOT))
            .anyMatch(ns -> ns.endsWith("ims_cp_rootv1p1") || ns.endsWith("adl_cp_rootv1p1"));
    return "1.1".equals(version) || oldNamespace;
  }

  static ScormEdition detect(XmlElement root, Set<String> namespaces) {
    String version = schemaVersion(root);
    if (version.equals("1.2")) {
      return ScormEdition.SCORM_12;
    }
    if (version.contains("4th")) {
      return ScormEdition.SCORM_2004_4TH;
    }
    if (version.contains("3rd")) {
      return ScormEdition.SCORM_2004_3RD;
    }
    if (version.contains("2nd") || version.equals("cam1.3")) {
      return ScormEdition.SCORM_2004_2ND;
    }
    if (version.contains("2004") || uses2004Namespaces(namespaces)) {
      return usesFourthEditionFeatures(root)
          ? ScormEdition.SCORM_2004_4TH
          : ScormEdition.SCORM_2004_3RD;
    }
    return ScormEdition.SCORM_12;
  }

  private static String schemaVersion(XmlElement root) {
    XmlElement metadata = root.child("metadata");
    String text = metadata == null ? null : metadata.childText("schemaversion");
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }

  private static boolean uses2004Namespaces(Set<String> namespaces) {
    return namespaces.stream()
        .map(ns -> ns.toLowerCase(Locale.ROOT))
        .anyMatch(
            ns -> ns.contains("adlcp_v1p3") || ns.contains("imsss") || ns.endsWith("imscp_v1p1"));
  }

  /**
   * Attribute-style completion thresholds, shared data and {@code adlseq:objectives} came with the
   * 4th edition; without a usable schemaversion they are the best sign of it.
   */
  private static boolean usesFourthEditionFeatures(XmlElement element) {
    boolean fourth =
        (element.is("completionThreshold")
                && (element.attribute("completedByMeasure") != null
                    || element.attribute("minProgressMeasure") != null))
            || (element.is("data") && element.child("map") != null)
            || (element.is("objectives") && element.inAdlseq());
    return fourth
        || element.children().stream().anyMatch(EditionDetector::usesFourthEditionFeatures);
  }
}
