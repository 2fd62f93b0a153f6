package dk.godstart.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds small SCORM packages as zip bytes for tests: SCORM 1.2, 2004 3rd and 4th edition, one or
 * several SCOs, with or without sequencing; and broken or hostile variants through the low-level
 * methods. It uses only the JDK and {@link ZipBytes}, never the import code, so integration tests
 * can upload what it builds.
 *
 * <pre>{@code
 * byte[] zip = ScormPackageBuilder.scorm2004FourthEdition().sco("intro", "Intro").build();
 * byte[] slip = ScormPackageBuilder.scorm12().sco("a", "A").entry("../../evil.txt", "x").build();
 * }</pre>
 */
public final class ScormPackageBuilder {

  private final String edition;
  private final List<String[]> scos = new ArrayList<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Set<String> omitted = new HashSet<>();
  private final List<Consumer<ZipBytes>> extras = new ArrayList<>();
  private String title = "Testmodul";
  private String manifest;
  private boolean generateManifest = true;
  private boolean sequencing;
  private String rollupRules;
  private String topFolder;
  private int truncateBy;
  private String builtManifest;

  /**
   * Each build is a different file (a comment after the manifest's root, generated or read from a
   * directory), so that tests sharing one server never upload the same bytes twice by chance: the
   * catalog refuses a second module from the same file. A test that means to repeat an upload sends
   * the same byte array again.
   */
  private static final java.util.concurrent.atomic.AtomicLong BUILDS =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

  private ScormPackageBuilder(String edition) {
    this.edition = edition;
  }

  public static ScormPackageBuilder scorm12() {
    return new ScormPackageBuilder("1.2");
  }

  public static ScormPackageBuilder scorm2004ThirdEdition() {
    return new ScormPackageBuilder("2004 3rd Edition");
  }

  public static ScormPackageBuilder scorm2004FourthEdition() {
    return new ScormPackageBuilder("2004 4th Edition");
  }

  /** A package of the files in a directory as they are (its own manifest included). */
  public static ScormPackageBuilder ofDirectory(Path directory) {
    ScormPackageBuilder builder = new ScormPackageBuilder(null);
    builder.generateManifest = false;
    return builder.directory(directory, "");
  }

  /** Adds every file below a directory under a prefix, e.g. a shared folder as "common/". */
  public ScormPackageBuilder directory(Path directory, String prefix) {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = directory.relativize(file).toString().replace('\\', '/');
        files.put(prefix + name, Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public ScormPackageBuilder title(String title) {
    this.title = title;
    return this;
  }

  /** A SCO: item ITEM-{id} launching resource RES-{id} at {id}.html, which is added as a file. */
  public ScormPackageBuilder sco(String id, String title) {
    scos.add(new String[] {id, title});
    files.put(id + ".html", html(title));
    return this;
  }

  /** SCORM 2004: forced order on the organization and a measured primary objective per item. */
  public ScormPackageBuilder withSequencing() {
    sequencing = true;
    return this;
  }

  /** Uses this manifest text instead of the generated one. */
  /** The organization's {@code imsss:rollupRules} element, as XML (SCORM 2004 only). */
  public ScormPackageBuilder organizationRollupRules(String xml) {
    rollupRules = xml;
    return this;
  }

  public ScormPackageBuilder manifest(String xml) {
    manifest = xml;
    return this;
  }

  public ScormPackageBuilder file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Leaves a file out of the zip that the manifest still names, e.g. "a.html". */
  public ScormPackageBuilder withoutFile(String path) {
    omitted.add(path);
    return this;
  }

  /** Puts every package file inside one folder, as when the folder itself was zipped. */
  public ScormPackageBuilder inTopFolder(String folder) {
    topFolder = folder;
    return this;
  }

  /** What macOS Finder adds: a __MACOSX tree and .DS_Store files. */
  public ScormPackageBuilder withMacOsLitter() {
    return raw(z -> z.add("__MACOSX/._imsmanifest.xml", new byte[] {0, 5, 22, 7}))
        .raw(z -> z.add(".DS_Store", new byte[] {0, 0, 0, 1, 66, 117, 100, 49}))
        .raw(z -> z.add("__MACOSX/", new byte[0]));
  }

  // Low-level, hostile helpers: entries added after the package's own files.

  /** An entry with any name, including "../evil.txt", "/etc/x" or "C:\\x". */
  public ScormPackageBuilder entry(String name, String content) {
    return raw(z -> z.add(name, content.getBytes(StandardCharsets.UTF_8)));
  }

  /** An entry whose name is these bytes, e.g. ISO-8859-1 "æ" which is not UTF-8. */
  public ScormPackageBuilder rawEntry(byte[] name, String content) {
    return raw(z -> z.add(name, content.getBytes(StandardCharsets.UTF_8)));
  }

  /** A symbolic link: the target as data, the link mode only in the central directory. */
  public ScormPackageBuilder symlink(String name, String target) {
    return raw(
        z -> z.add(name, target.getBytes(StandardCharsets.UTF_8)).stored().unixMode(0120777));
  }

  /** An entry of zeros that deflates about a thousandfold. */
  public ScormPackageBuilder bomb(String name, int size) {
    return raw(z -> z.add(name, new byte[size]));
  }

  /** Many tiny entries named {prefix}{n}.txt. */
  public ScormPackageBuilder entries(String prefix, int count) {
    return raw(
        z -> {
          for (int i = 0; i < count; i++) {
            z.add(prefix + i + ".txt", new byte[] {'x'});
          }
        });
  }

  /** Direct access to the writer for anything else ({@link ZipBytes.Entry} options). */
  public ScormPackageBuilder raw(Consumer<ZipBytes> addition) {
    extras.add(addition);
    return this;
  }

  /** Cuts this many bytes off the end of the archive. */
  public ScormPackageBuilder truncatedBy(int bytes) {
    truncateBy = bytes;
    return this;
  }

  public byte[] build() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    if (generateManifest) {
      String xml =
          manifest != null
              ? manifest
              : manifestXml() + "\n<!-- build " + BUILDS.incrementAndGet() + " -->\n";
      all.put("imsmanifest.xml", xml.getBytes(StandardCharsets.UTF_8));
      builtManifest = xml;
    }
    all.putAll(files);
    byte[] ownManifest = files.get("imsmanifest.xml");
    if (!generateManifest && ownManifest != null) {
      // A directory's own manifest gets the build comment too (see BUILDS).
      all.put(
          "imsmanifest.xml",
          (new String(ownManifest, StandardCharsets.UTF_8)
                  + "\n<!-- build "
                  + BUILDS.incrementAndGet()
                  + " -->\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    ZipBytes zip = new ZipBytes();
    String prefix = topFolder == null ? "" : topFolder + "/";
    all.forEach(
        (name, content) -> {
          if (!omitted.contains(name)) {
            zip.add(prefix + name, content);
          }
        });
    extras.forEach(extra -> extra.accept(zip));
    byte[] bytes = zip.toBytes();
    return Arrays.copyOf(bytes, bytes.length - truncateBy);
  }

  public Path writeTo(Path file) {
    try {
      return Files.write(file, build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest as the last {@link #build()} wrote it (with its build comment). */
  public String builtManifest() {
    return builtManifest;
  }

  /** The manifest this builder writes: the given text, or one generated for its edition. */
  public String manifestXml() {
    if (manifest != null) {
      return manifest;
    }
    return new ManifestText(edition, title, scos, sequencing, rollupRules).toString();
  }

  private static byte[] html(String title) {
    String page =
        "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>"
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1></body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }
}
