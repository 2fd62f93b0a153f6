package dk.godstart.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How Payara Micro is launched: straight from its JAR (which unpacks the whole runtime into a fresh
 * temporary directory at every start), or from a runtime prepared once in a directory of its own,
 * with a class-data-sharing archive of the classes a start loads.
 *
 * <p>Why the run command prepares one: at every start Payara Micro unpacks about 100 MB and then
 * loads and verifies some 20,000 classes from it, the two largest costs of a start before the
 * application's own deployment. A prepared runtime ({@code --rootdir} with {@code
 * --outputlauncher}) is unpacked once; the JDK's dynamic class-data-sharing archive ({@code
 * -XX:ArchiveClassesAtExit}, written when the first server that runs without one stops) lets later
 * starts map those classes already parsed and verified. The archive belongs to this JDK and to the
 * launcher's class path: the JDK ignores an archive that does not match (with a warning) and starts
 * as before, so a stale archive costs time, never correctness. The tests launch from the JAR:
 * several of their servers may run at once, and a prepared directory holds one instance.
 */
public final class PayaraRuntime {

  private static final String LAUNCHER = "launch-micro.jar";

  /** The server's configuration, and the copy of it as Payara Micro unpacked it. */
  private static final String DOMAIN_XML = "config/domain.xml";

  private static final String DOMAIN_XML_AS_UNPACKED = "config/domain.xml.as-unpacked";

  /** What a start leaves behind of its deployment: the expanded WAR and what was generated. */
  private static final List<String> DEPLOYMENT_LEFTOVERS = List.of("applications", "generated");

  /** One archive per JVM build: another JDK would ignore this one and never write its own. */
  static final String ARCHIVE =
      "godstart-classes-"
          + System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+-]", "_")
          + ".jsa";

  private final Path microJar;
  private final Path directory;

  private PayaraRuntime(Path microJar, Path directory) {
    this.microJar = microJar;
    this.directory = directory;
  }

  /** Payara Micro from its JAR, unpacked anew at each start. */
  public static PayaraRuntime fromJar(Path microJar) {
    return new PayaraRuntime(microJar, null);
  }

  /**
   * Payara Micro unpacked once into {@code directory} (done now if it is not yet), for one server
   * at a time, with its configuration as unpacked.
   *
   * <p>Why the configuration is reset at each start: Payara Micro records every deployment in the
   * directory's {@code domain.xml}, and at the next start deploys the recorded application while
   * booting and then, for {@code --deploy}, undeploys it and deploys the WAR again: two
   * deployments, Flyway and the start-up work twice, some 6 s of a 16 s start. The WAR given with
   * {@code --deploy} is the only application the run command wants.
   */
  public static PayaraRuntime preparedIn(Path microJar, Path directory)
      throws IOException, InterruptedException {
    Path launcher = directory.resolve(LAUNCHER);
    Path asUnpacked = directory.resolve(DOMAIN_XML_AS_UNPACKED);
    if (!Files.isRegularFile(launcher) || !Files.isRegularFile(asUnpacked)) {
      // Unprepared, or prepared by a build that kept no copy of the configuration: anew.
      DirectoryTree.delete(directory);
      unpack(microJar, directory);
      Files.copy(directory.resolve(DOMAIN_XML), asUnpacked);
    }
    Files.copy(asUnpacked, directory.resolve(DOMAIN_XML), StandardCopyOption.REPLACE_EXISTING);
    for (String leftover : DEPLOYMENT_LEFTOVERS) {
      DirectoryTree.delete(directory.resolve(leftover));
    }
    return new PayaraRuntime(microJar, directory);
  }

  private static void unpack(Path microJar, Path directory)
      throws IOException, InterruptedException {
    Files.createDirectories(directory);
    Process unpack =
        new ProcessBuilder(
                javaCommand(),
                "-jar",
                microJar.toString(),
                "--rootdir",
                directory.toString(),
                "--outputlauncher")
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("outputlauncher.log").toFile())
            .start();
    if (!unpack.waitFor(5, TimeUnit.MINUTES)
        || unpack.exitValue() != 0
        || !Files.isRegularFile(directory.resolve(LAUNCHER))
        || !Files.isRegularFile(directory.resolve(DOMAIN_XML))) {
      unpack.destroyForcibly();
      throw new IOException(
          "Payara Micro could not be unpacked into "
              + directory
              + "; see "
              + directory.resolve("outputlauncher.log"));
    }
  }

  /** Whether a start will map the classes from an archive written by an earlier run. */
  public boolean hasClassArchive() {
    return directory != null && Files.isRegularFile(directory.resolve(ARCHIVE));
  }

  /**
   * The JVM's options for class data sharing (none from the JAR), then {@code -jar} and what to
   * run; Payara's own options follow.
   */
  List<String> launch() {
    List<String> launch = new ArrayList<>();
    if (directory == null) {
      launch.addAll(List.of("-jar", microJar.toString()));
      return launch;
    }
    Path archive = directory.resolve(ARCHIVE);
    launch.add(
        (hasClassArchive() ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive);
    launch.addAll(
        List.of("-jar", directory.resolve(LAUNCHER).toString(), "--rootdir", directory.toString()));
    return launch;
  }

  static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
