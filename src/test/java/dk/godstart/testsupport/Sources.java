package dk.godstart.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main sources, read as text: for the tests that check on the sources what a compiler does not
 * (which feature may use which, which APIs a domain may import).
 */
public final class Sources {

  /** Where the application's Java sources are, relative to the project (the tests' directory). */
  public static final Path MAIN = Path.of("src/main/java/dk/godstart");

  private Sources() {}

  /** The Java files under {@code root} whose text contains {@code text}. */
  public static List<Path> containing(Path root, String text) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(text))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
