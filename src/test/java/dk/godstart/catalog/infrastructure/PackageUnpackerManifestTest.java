package dk.godstart.catalog.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.godstart.catalog.ScormPackageBuilder;
import dk.godstart.kernel.Detail;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zips that are sound but hold no usable SCORM package: a missing or misplaced manifest, another
 * e-learning format, or a manifest that breaks a rule. The target is removed in every case.
 */
class PackageUnpackerManifestTest {

  @TempDir Path root;
  private Unpacking sandbox;

  @BeforeEach
  void sandbox() {
    sandbox = new Unpacking(root);
  }

  private static ScormPackageBuilder valid() {
    return ScormPackageBuilder.scorm2004FourthEdition().sco("a", "Del 1");
  }

  /** The valid package with its generated manifest edited. */
  private static ScormPackageBuilder withManifest(String from, String to) {
    ScormPackageBuilder builder = valid();
    return builder.manifest(builder.manifestXml().replace(from, to));
  }

  private Detail refused(ScormPackageBuilder zip, String code) {
    return sandbox.rejected(sandbox.unpack(zip), code);
  }

  @Test
  void aZipWithoutManifestIsRefused() {
    assertEquals(
        "imsmanifest.xml",
        refused(valid().withoutFile("imsmanifest.xml"), "manifest.missing").location());
  }

  @Test
  void aManifestInASubfolderBesideOtherFilesIsElsewhere() {
    ScormPackageBuilder zip =
        valid().withoutFile("imsmanifest.xml").entry("course/imsmanifest.xml", "<manifest/>");
    assertEquals(List.of("course/imsmanifest.xml"), refused(zip, "manifest.elsewhere").args());
  }

  @Test
  void aManifestTwoFoldersDownIsElsewhereEvenInOneTopFolder() {
    ScormPackageBuilder zip = valid().inTopFolder("export/course");
    assertEquals("export/course/imsmanifest.xml", refused(zip, "manifest.elsewhere").location());
  }

  @ParameterizedTest(name = "{0} makes it {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cmi5.xml | cmi5",
        "tincan.xml | xAPI (Tin Can)",
        "course/TINCAN.XML | xAPI (Tin Can)",
        "course.crs | AICC"
      })
  void otherFormatsAreNamedAsUnsupported(String file, String format) {
    ScormPackageBuilder zip = valid().withoutFile("imsmanifest.xml").file(file, "<x/>");
    assertEquals(List.of(format), refused(zip, "package.unsupported").args());
  }

  @Test
  void aiccDescriptorFilesTogetherAreAicc() {
    ScormPackageBuilder zip =
        valid()
            .withoutFile("imsmanifest.xml")
            .file("course.au", "x")
            .file("course.des", "x")
            .file("course.cst", "x");
    assertEquals(List.of("AICC"), refused(zip, "package.unsupported").args());
  }

  @Test
  void aLoneSoundFileIsNotMistakenForAicc() {
    refused(valid().withoutFile("imsmanifest.xml").file("lyd.au", "x"), "manifest.missing");
  }

  @Test
  void scorm11IsNamedAsUnsupported() {
    ScormPackageBuilder zip = ScormPackageBuilder.scorm12().sco("a", "A");
    zip.manifest(zip.manifestXml().replace("<schemaversion>1.2<", "<schemaversion>1.1<"));
    assertEquals(List.of("SCORM 1.1"), refused(zip, "package.unsupported").args());
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() {
    // Without its end tag, <organizations> is still open when </manifest> comes on line 20.
    Detail problem = refused(withManifest("</organizations>", ""), "manifest.malformed");
    assertEquals("imsmanifest.xml: line 20", problem.location());
    assertEquals(List.of(20), problem.args().subList(0, 1));
  }

  @Test
  void aDoctypeIsRefused() {
    refused(
        withManifest(
            "<manifest ",
            "<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<manifest "),
        "manifest.doctype");
  }

  @Test
  void aManifestThatIsNoContentPackageIsNotScorm() {
    refused(valid().manifest("<?xml version=\"1.0\"?><html><body/></html>"), "manifest.not-scorm");
  }

  @Test
  void anOversizedManifestIsNotParsed() {
    ImportLimits limits = new ImportLimits(100, 1 << 30, 1 << 20, 100, 500);
    sandbox.rejected(
        sandbox.unpack(new PackageUnpacker(limits), valid().build()), "manifest.too-large");
  }

  @Test
  void aMissingLaunchFileIsNamed() {
    Detail problem = refused(valid().withoutFile("a.html"), "manifest.launch-missing");
    assertEquals(List.of("a.html", "RES-a"), problem.args());
    assertEquals("imsmanifest.xml: resource[@identifier='RES-a']", problem.location());
  }

  @Test
  void anItemPointingAtNoResourceIsRefused() {
    refused(
        withManifest("identifierref=\"RES-a\"", "identifierref=\"RES-nope\""),
        "manifest.identifierref-unknown");
  }

  @Test
  void duplicateIdentifiersAreRefused() {
    refused(
        withManifest("identifier=\"ITEM-a\"", "identifier=\"ORG-test\""),
        "manifest.identifier-duplicate");
  }

  @Test
  void noOrganizationAndNoScoIsRefused() {
    ScormPackageBuilder zip = valid();
    String xml = zip.manifestXml();
    String withoutOrganizations =
        xml.substring(0, xml.indexOf("<organizations"))
            + "<organizations/>"
            + xml.substring(xml.indexOf("</organizations>") + "</organizations>".length());
    zip.manifest(withoutOrganizations.replace("scormType=\"sco\"", "scormType=\"asset\""));
    refused(zip, "manifest.no-organization-and-no-sco");
  }

  @Test
  void aScoWithoutHrefIsRefused() {
    refused(withManifest(" href=\"a.html\">", ">"), "manifest.sco-without-href");
  }

  @Test
  void anUnknownDefaultOrganizationIsRefused() {
    refused(
        withManifest("default=\"ORG-test\"", "default=\"ORG-missing\""),
        "manifest.default-organization-unknown");
  }

  @Test
  void anUnknownSequencingCollectionEntryIsRefused() {
    refused(
        withManifest(
            "<title>Del 1</title>", "<title>Del 1</title><imsss:sequencing IDRef=\"SEQ-x\"/>"),
        "manifest.sequencing-collection-unknown");
  }

  @Test
  void everyRuleProblemIsReportedAtOnce() {
    ScormPackageBuilder zip =
        withManifest("identifierref=\"RES-a\"", "identifierref=\"RES-nope\"").withoutFile("a.html");
    UnpackOutcome.Rejected rejected = (UnpackOutcome.Rejected) sandbox.unpack(zip);
    assertEquals(
        List.of("manifest.identifierref-unknown", "manifest.launch-missing"),
        rejected.problems().stream().map(Detail::code).toList());
  }
}
