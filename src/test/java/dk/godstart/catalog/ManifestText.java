package dk.godstart.catalog;

import java.util.List;

/** The manifest {@link ScormPackageBuilder} generates: plain, valid, one organization. */
final class ManifestText {

  private static final String NAMESPACES_12 =
      " xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
          + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"";
  private static final String NAMESPACES_2004 =
      " xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\""
          + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\""
          + " xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\""
          + " xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\""
          + " xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"";

  private final String edition;
  private final String title;
  private final List<String[]> scos;
  private final boolean sequencing;
  private final String rollupRules;

  ManifestText(
      String edition, String title, List<String[]> scos, boolean sequencing, String rollupRules) {
    this.edition = edition;
    this.title = title;
    this.scos = scos;
    this.sequencing = sequencing;
    this.rollupRules = rollupRules;
  }

  private boolean is12() {
    return edition.equals("1.2");
  }

  @Override
  public String toString() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<manifest identifier=\"MANIFEST-test\" version=\"1.0\"")
        .append(is12() ? NAMESPACES_12 : NAMESPACES_2004)
        .append(">\n  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>")
        .append(edition)
        .append("</schemaversion>\n  </metadata>\n")
        .append("  <organizations default=\"ORG-test\">\n")
        .append("    <organization identifier=\"ORG-test\">\n      <title>")
        .append(title)
        .append("</title>\n");
    for (String[] sco : scos) {
      item(xml, sco[0], sco[1]);
    }
    if ((sequencing || rollupRules != null) && !is12()) {
      xml.append("      <imsss:sequencing>\n");
      if (sequencing) {
        xml.append("        <imsss:controlMode choice=\"false\" flow=\"true\"/>\n");
      }
      if (rollupRules != null) {
        xml.append("        ").append(rollupRules).append("\n");
      }
      xml.append("      </imsss:sequencing>\n");
    }
    xml.append("    </organization>\n  </organizations>\n  <resources>\n");
    for (String[] sco : scos) {
      resource(xml, sco[0]);
    }
    return xml.append("  </resources>\n</manifest>\n").toString();
  }

  private void item(StringBuilder xml, String id, String itemTitle) {
    xml.append("      <item identifier=\"ITEM-")
        .append(id)
        .append("\" identifierref=\"RES-")
        .append(id)
        .append("\">\n        <title>")
        .append(itemTitle)
        .append("</title>\n");
    if (sequencing && !is12()) {
      xml.append("        <imsss:sequencing>\n          <imsss:objectives>\n")
          .append("            <imsss:primaryObjective objectiveID=\"")
          .append(id)
          .append("-passed\" satisfiedByMeasure=\"true\">\n")
          .append("              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>\n")
          .append("            </imsss:primaryObjective>\n          </imsss:objectives>\n")
          .append("        </imsss:sequencing>\n");
    }
    xml.append("      </item>\n");
  }

  private void resource(StringBuilder xml, String id) {
    xml.append("    <resource identifier=\"RES-")
        .append(id)
        .append("\" type=\"webcontent\" ")
        .append(is12() ? "adlcp:scormtype" : "adlcp:scormType")
        .append("=\"sco\" href=\"")
        .append(id)
        .append(".html\">\n      <file href=\"")
        .append(id)
        .append(".html\"/>\n    </resource>\n");
  }
}
