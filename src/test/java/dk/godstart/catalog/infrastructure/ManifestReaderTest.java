package dk.godstart.catalog.infrastructure;

import static dk.godstart.catalog.infrastructure.Manifests.NAMESPACES_12;
import static dk.godstart.catalog.infrastructure.Manifests.NAMESPACES_2004;
import static dk.godstart.catalog.infrastructure.Manifests.manifest;
import static dk.godstart.catalog.infrastructure.Manifests.oneSco;
import static dk.godstart.catalog.infrastructure.Manifests.read;
import static dk.godstart.catalog.infrastructure.Manifests.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.godstart.catalog.domain.manifest.CompletionThreshold;
import dk.godstart.catalog.domain.manifest.DataMap;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.Presentation;
import dk.godstart.catalog.domain.manifest.Resource;
import dk.godstart.catalog.domain.manifest.Sco;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.catalog.domain.manifest.ScormType;
import dk.godstart.kernel.Detail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {

  @ParameterizedTest(name = "schemaversion \"{0}\" is {1}")
  @CsvSource({
    "1.2, SCORM_12",
    "CAM 1.3, SCORM_2004_2ND",
    "2004 2nd Edition, SCORM_2004_2ND",
    "2004 3rd Edition, SCORM_2004_3RD",
    "2004 4th Edition, SCORM_2004_4TH",
    "2004 4TH EDITION, SCORM_2004_4TH"
  })
  void theEditionComesFromTheSchemaversion(String schemaversion, ScormEdition edition) {
    String namespaces = schemaversion.equals("1.2") ? NAMESPACES_12 : NAMESPACES_2004;
    assertEquals(edition, manifest(oneSco(namespaces, schemaversion, "")).edition());
  }

  @Test
  void withoutSchemaversionTheNamespacesTellTheEdition() {
    assertEquals(ScormEdition.SCORM_12, manifest(oneSco(NAMESPACES_12, null, "")).edition());
    assertEquals(
        ScormEdition.SCORM_2004_3RD, manifest(oneSco(NAMESPACES_2004, null, "")).edition());
    String fourth = "<adlcp:completionThreshold completedByMeasure=\"true\"/>";
    assertEquals(
        ScormEdition.SCORM_2004_4TH, manifest(oneSco(NAMESPACES_2004, null, fourth)).edition());
  }

  @Test
  void editionsKnowTheirRuntimeVersionAndLabel() {
    assertEquals("1.2", ScormEdition.SCORM_12.version());
    assertEquals("2004", ScormEdition.SCORM_2004_3RD.version());
    assertEquals("SCORM 2004 4th Edition", ScormEdition.SCORM_2004_4TH.label());
    assertEquals("SCORM 1.2", ScormEdition.SCORM_12.label());
  }

  @Test
  void scorm11IsNotSupportedByVersionOrNamespace() {
    Detail unsupported = Detail.of("package.unsupported", "imsmanifest.xml", "SCORM 1.1");
    assertEquals(List.of(unsupported), read(oneSco(NAMESPACES_12, "1.1", "")).problems());
    String oldNamespaces =
        "xmlns=\"http://www.imsproject.org/xsd/ims_cp_rootv1p1\""
            + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adl_cp_rootv1p1\"";
    assertEquals(List.of(unsupported), read(oneSco(oldNamespaces, null, "")).problems());
  }

  @Test
  void theDefaultOrganizationComesFirstWhereverItStands() {
    Manifest manifest = Manifests.resource("full-2004-4th.xml");
    assertEquals("ORG-main", manifest.defaultOrganization());
    assertEquals(
        List.of("ORG-main", "ORG-other"),
        manifest.organizations().stream().map(o -> o.identifier()).toList());
    assertEquals("Børnefaglig undersøgelse", manifest.title());
    assertFalse(manifest.organizations().get(0).objectivesGlobalToSystem());
    assertFalse(manifest.organizations().get(0).sharedDataGlobalToSystem());
  }

  @Test
  void withoutADefaultAttributeTheFirstOrganizationIsTheDefault() {
    String xml =
        with(
            NAMESPACES_12,
            "1.2",
            "<organizations><organization identifier=\"A\"><title>A</title></organization>"
                + "<organization identifier=\"B\"><title>B</title></organization></organizations>");
    Manifest manifest = manifest(xml);
    assertEquals("A", manifest.defaultOrganization());
    assertEquals("A", manifest.title());
  }

  @Test
  void nestedItemsAreKeptAndScosFollowTreeOrderWithParametersJoined() {
    Manifest manifest = Manifests.resource("full-2004-4th.xml");
    Item module = manifest.organizations().get(0).items().get(1);
    assertEquals("ITEM-module", module.identifier());
    assertFalse(module.isvisible());
    assertNull(module.identifierref());
    assertEquals(
        List.of("ITEM-step-1", "ITEM-step-2"),
        module.items().stream().map(Item::identifier).toList());
    assertEquals(
        List.of(
            new Sco(
                "ITEM-intro",
                "Introduktion",
                "content/pages/intro/intro.html?start=1",
                "RES-intro"),
            new Sco(
                "ITEM-step-1", "Trin 1", "content/pages/step.html?mode=normal&step=1", "RES-step"),
            new Sco(
                "ITEM-step-2", "Trin 2", "content/pages/step.html?mode=normal&step=2", "RES-step")),
        manifest.scos());
  }

  @Test
  void xmlBaseOfManifestResourcesAndResourceIsResolvedIntoHrefsAndFiles() {
    Manifest manifest = Manifests.resource("full-2004-4th.xml");
    Resource intro = manifest.resources().get(0);
    assertEquals("content/pages/intro/", intro.base());
    assertEquals("content/pages/intro/intro.html", intro.href());
    assertEquals(
        List.of("content/pages/intro/intro.html", "content/pages/intro/billede%201.png"),
        intro.files());
    assertEquals(List.of("RES-shared"), intro.dependencies());
    Resource shared = manifest.resources().get(2);
    assertNull(shared.href());
    assertEquals(List.of("content/shared/style.css"), shared.files());
  }

  @Test
  void scosAndAssetsAreToldApartInEitherSpellingAndCase() {
    String xml =
        with(
            NAMESPACES_12,
            "1.2",
            "<resources>"
                + "<resource identifier=\"A\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"a.html\"/>"
                + "<resource identifier=\"B\" type=\"webcontent\" adlcp:scormType=\"SCO\" href=\"b.html\"/>"
                + "<resource identifier=\"C\" type=\"webcontent\" adlcp:SCORMTYPE=\"asset\" href=\"c.css\"/>"
                + "<resource identifier=\"D\" type=\"webcontent\" href=\"d.png\"/>"
                + "</resources>");
    assertEquals(
        List.of(ScormType.SCO, ScormType.SCO, ScormType.ASSET, ScormType.ASSET),
        manifest(xml).resources().stream().map(Resource::scormType).toList());
  }

  @Test
  void scorm12ItemDataIsRead() {
    String extras =
        "<adlcp:prerequisites type=\"aicc_script\">I0</adlcp:prerequisites>"
            + "<adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>"
            + "<adlcp:timelimitaction>exit,no message</adlcp:timelimitaction>"
            + "<adlcp:datafromlms>lang=da</adlcp:datafromlms>"
            + "<adlcp:masteryscore>80</adlcp:masteryscore>";
    Item item =
        manifest(oneSco(NAMESPACES_12, "1.2", extras)).organizations().get(0).items().get(0);
    assertEquals(80.0, item.masteryScore());
    assertEquals("I0", item.prerequisites());
    assertEquals("00:30:00", item.maxTimeAllowed());
    assertEquals("exit,no message", item.timeLimitAction());
    assertEquals("lang=da", item.dataFromLms());
    assertNull(item.completionThreshold());
    assertNull(item.sequencing());
  }

  @Test
  void scorm2004ItemDataIsReadWithTheSpecsSpelling() {
    Item intro = Manifests.resource("full-2004-4th.xml").organizations().get(0).items().get(0);
    assertEquals("exit,message", intro.timeLimitAction());
    assertEquals("mode=intro", intro.dataFromLms());
    assertEquals(List.of(new DataMap("shared-notes", true, true)), intro.data());
    assertEquals(new Presentation(List.of("previous", "continue")), intro.presentation());
    assertNull(intro.masteryScore());
  }

  @Test
  void aThirdEditionCompletionThresholdIsAMeasureToReach() {
    String extras = "<adlcp:completionThreshold>0.6</adlcp:completionThreshold>";
    Item item =
        manifest(oneSco(NAMESPACES_2004, "2004 3rd Edition", extras))
            .organizations()
            .get(0)
            .items()
            .get(0);
    assertEquals(new CompletionThreshold(true, 0.6, 1.0), item.completionThreshold());
  }

  @Test
  void aFourthEditionCompletionThresholdHasAttributesWithDefaults() {
    Item full = Manifests.resource("full-2004-4th.xml").organizations().get(0).items().get(0);
    assertEquals(new CompletionThreshold(true, 0.75, 2.0), full.completionThreshold());
    String partial = "<adlcp:completionThreshold minProgressMeasure=\"0.5\"/>";
    Item item =
        manifest(oneSco(NAMESPACES_2004, "2004 4th Edition", partial))
            .organizations()
            .get(0)
            .items()
            .get(0);
    assertEquals(new CompletionThreshold(false, 0.5, 1.0), item.completionThreshold());
  }

  @Test
  void booleansMayBeWrittenAsDigitsOrInAnyCase() {
    String xml =
        with(
            NAMESPACES_12,
            "1.2",
            "<organizations><organization identifier=\"O\"><title>O</title>"
                + "<item identifier=\"A\" isvisible=\"0\"><title>A</title></item>"
                + "<item identifier=\"B\" isvisible=\"FALSE\"><title>B</title></item>"
                + "<item identifier=\"C\" isvisible=\"nej\"><title>C</title></item>"
                + "</organization></organizations>");
    assertEquals(
        List.of(false, false, true),
        manifest(xml).organizations().get(0).items().stream().map(Item::isvisible).toList());
  }

  @Test
  void theTitleFallsBackToTheFirstItemThenTheIdentifier() {
    String untitled =
        with(
            NAMESPACES_12,
            "1.2",
            "<organizations default=\"O\"><organization identifier=\"O\">"
                + "<item identifier=\"I\"><title>Første del</title></item>"
                + "</organization></organizations>");
    assertEquals("Første del", manifest(untitled).title());
    assertEquals("M", manifest(with(NAMESPACES_12, "1.2", "<resources/>")).title());
  }

  @Test
  void malformedXmlIsReportedWithItsLine() {
    ManifestReading reading =
        read("<?xml version=\"1.0\"?>\n<manifest>\n<organizations>\n</manifest>");
    Detail problem = reading.problems().get(0);
    assertEquals("manifest.malformed", problem.code());
    assertEquals("imsmanifest.xml: line 4", problem.location());
    assertEquals(4, problem.args().get(0));
  }

  @Test
  void aRootThatIsNoContentPackageIsNotScorm() {
    ManifestReading reading =
        read(
            "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\"/>");
    assertEquals("manifest.not-scorm", reading.problems().get(0).code());
  }
}
