package dk.godstart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.godstart.testsupport.Api;
import dk.godstart.testsupport.Api.Reply;
import dk.godstart.testsupport.GodstartServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile packages uploaded through the REST API: each is refused with its own error
 * code, and leaves no row in the database and no file in the content store or outside it.
 */
class HostilePackagesIT {

  private static final Path OUTSIDE = Path.of("target", "it", "outside-evil.txt").toAbsolutePath();

  private static ScormPackageBuilder valid() {
    return ScormPackageBuilder.scorm2004FourthEdition().sco("a", "Del 1");
  }

  private static ScormPackageBuilder withManifest(String from, String to) {
    ScormPackageBuilder builder = valid();
    return builder.manifest(builder.manifestXml().replace(from, to));
  }

  private static Arguments refused(String name, Supplier<byte[]> zip, String code) {
    return Arguments.of(name, zip, code);
  }

  static Stream<Arguments> packages() {
    return Stream.of(
        refused(
            "zip slip with ..",
            () -> valid().entry("../../evil.txt", "x").build(),
            "zip.path-traversal"),
        refused(
            "zip slip deeper",
            () -> valid().entry("a/../../../evil.txt", "x").build(),
            "zip.path-traversal"),
        refused(
            "absolute path",
            () -> valid().entry(OUTSIDE.toString(), "x").build(),
            "zip.absolute-path"),
        refused(
            "drive letter", () -> valid().entry("C:/evil.txt", "x").build(), "zip.drive-letter"),
        refused(
            "backslashes", () -> valid().entry("..\\..\\evil.txt", "x").build(), "zip.backslash"),
        refused(
            "symbolic link", () -> valid().symlink("link", "/etc/passwd").build(), "zip.symlink"),
        refused(
            "more than 20,000 entries",
            () -> valid().entries("f", 20_001).build(),
            "zip.too-many-entries"),
        refused("more unpacked than allowed", HostilePackagesIT::noise, "zip.too-large"),
        refused(
            "a zip bomb",
            () -> valid().bomb("bombe.bin", 5 * 1024 * 1024).build(),
            "zip.compression-ratio"),
        refused(
            "a truncated archive",
            () -> valid().file("fyld.txt", "x".repeat(400)).truncatedBy(200).build(),
            "zip.corrupt"),
        refused(
            "not a zip at all",
            () -> "Dette er ikke en zip-fil".getBytes(StandardCharsets.UTF_8),
            "zip.corrupt"),
        refused(
            "a wrong checksum",
            () -> valid().raw(z -> z.add("data.txt", new byte[] {1, 2, 3}).withWrongCrc()).build(),
            "zip.corrupt"),
        refused(
            "duplicate entry names",
            () -> valid().entry("b.html", "1").entry("b.html", "2").build(),
            "zip.duplicate-entry"),
        refused(
            "a name that is not UTF-8",
            () -> valid().rawEntry(new byte[] {'n', (byte) 0xE6, '.', 't', 'x', 't'}, "x").build(),
            "zip.name-encoding"),
        refused(
            "a hidden entry",
            () -> valid().raw(z -> z.add("skjult.js", new byte[] {1}).onlyInLocalHeaders()).build(),
            "zip.hidden-entry"),
        refused("an empty upload", () -> new byte[0], "zip.empty"),
        refused(
            "an overlong name",
            () -> valid().entry("a".repeat(300) + ".html", "x").build(),
            "zip.name-too-long"),
        refused(
            "no manifest",
            () -> valid().withoutFile("imsmanifest.xml").build(),
            "manifest.missing"),
        refused(
            "a manifest elsewhere",
            () -> valid().inTopFolder("eksport/kursus").build(),
            "manifest.elsewhere"),
        refused(
            "malformed XML",
            () -> withManifest("</organizations>", "").build(),
            "manifest.malformed"),
        refused(
            "a DOCTYPE with an external entity",
            () ->
                withManifest(
                        "<manifest ",
                        "<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<manifest ")
                    .build(),
            "manifest.doctype"),
        refused(
            "a manifest that is no content package",
            () -> valid().manifest("<?xml version=\"1.0\"?><html/>").build(),
            "manifest.not-scorm"),
        refused(
            "cmi5",
            () -> valid().withoutFile("imsmanifest.xml").file("cmi5.xml", "<x/>").build(),
            "package.unsupported"),
        refused(
            "xAPI",
            () -> valid().withoutFile("imsmanifest.xml").file("tincan.xml", "<x/>").build(),
            "package.unsupported"),
        refused(
            "AICC",
            () -> valid().withoutFile("imsmanifest.xml").file("kursus.crs", "x").build(),
            "package.unsupported"),
        refused("SCORM 1.1", HostilePackagesIT::scorm11, "package.unsupported"),
        refused(
            "a missing launch file",
            () -> valid().withoutFile("a.html").build(),
            "manifest.launch-missing"),
        refused(
            "an unknown identifierref",
            () -> withManifest("identifierref=\"RES-a\"", "identifierref=\"RES-nope\"").build(),
            "manifest.identifierref-unknown"),
        refused(
            "duplicate identifiers",
            () -> withManifest("identifier=\"ITEM-a\"", "identifier=\"ORG-test\"").build(),
            "manifest.identifier-duplicate"),
        refused(
            "no organisation and no SCO",
            HostilePackagesIT::noOrganizationNoSco,
            "manifest.no-organization-and-no-sco"),
        refused(
            "a SCO without href",
            () -> withManifest(" href=\"a.html\">", ">").build(),
            "manifest.sco-without-href"),
        refused(
            "an upload above the size limit",
            HostilePackagesIT::tooLargeUpload,
            "upload.too-large"));
  }

  @ParameterizedTest(name = "{0} is refused as {2}")
  @MethodSource("packages")
  void isRefusedWithItsCodeAndLeavesNothingBehind(String name, Supplier<byte[]> zip, String code)
      throws Exception {
    long rowsBefore = packageVersionRows();
    List<String> filesBefore = contentStoreFiles();

    Reply reply = Api.withToken("demo-forfatter-token").upload("/api/v1/modules", zip.get());

    assertEquals(422, reply.status(), reply.body());
    assertEquals(code, reply.json().getString("code"), reply.body());
    assertFalse(reply.json().getJsonArray("details").isEmpty(), "the details say where");
    assertEquals(rowsBefore, packageVersionRows(), "no row is written");
    assertEquals(filesBefore, contentStoreFiles(), "no file is left in the content store");
    for (Path escape :
        List.of(
            OUTSIDE,
            Path.of("target", "it", "evil.txt"),
            Path.of("target", "it", "data", "evil.txt"),
            GodstartServer.shared().contentDir().resolve("evil.txt"))) {
      assertFalse(Files.exists(escape), "nothing is written outside the store: " + escape);
    }
  }

  /** 21 MB of text that deflates about 5:1: too big unpacked, yet no bomb and a small upload. */
  private static byte[] noise() {
    java.util.Random random = new java.util.Random(42);
    String[] words = {"barn", "plan", "sag", "frist", "borger", "afgørelse", "notat", "høring"};
    StringBuilder text = new StringBuilder(21_100_000);
    while (text.length() < 21_000_000) {
      text.append(words[random.nextInt(words.length)]).append(random.nextInt(100)).append(' ');
    }
    return valid().file("stoej.txt", text.toString()).build();
  }

  /** 11 MB that does not compress: above the test server's 10 MB upload limit. */
  private static byte[] tooLargeUpload() {
    byte[] random = new byte[11_000_000];
    new java.util.Random(7).nextBytes(random);
    return valid().raw(z -> z.add("stor.bin", random).stored()).build();
  }

  private static byte[] scorm11() {
    ScormPackageBuilder zip = ScormPackageBuilder.scorm12().sco("a", "A");
    return zip.manifest(zip.manifestXml().replace("<schemaversion>1.2<", "<schemaversion>1.1<"))
        .build();
  }

  private static byte[] noOrganizationNoSco() {
    ScormPackageBuilder zip = valid();
    String xml = zip.manifestXml();
    String withoutOrganizations =
        xml.substring(0, xml.indexOf("<organizations"))
            + "<organizations/>"
            + xml.substring(xml.indexOf("</organizations>") + "</organizations>".length());
    return zip.manifest(withoutOrganizations.replace("scormType=\"sco\"", "scormType=\"asset\""))
        .build();
  }

  private static long packageVersionRows() throws Exception {
    try (Connection db = GodstartServer.shared().database();
        ResultSet count =
            db.createStatement().executeQuery("SELECT COUNT(*) FROM package_version")) {
      count.next();
      return count.getLong(1);
    }
  }

  private static List<String> contentStoreFiles() throws IOException {
    Path store = GodstartServer.shared().contentDir();
    if (!Files.exists(store)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(store)) {
      return files.map(store::relativize).map(Path::toString).sorted().toList();
    }
  }
}
