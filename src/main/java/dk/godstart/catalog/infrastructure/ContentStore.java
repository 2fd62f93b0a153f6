package dk.godstart.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory tree of extracted SCORM packages: {@code incoming/<key>} while a package is being
 * unpacked and checked, {@code packages/<key>} once it is complete. Publishing is one atomic
 * rename, so a reader never sees half a package. Several server instances share the tree (a shared
 * volume); keys are random UUIDs, so they never collide.
 */
@ApplicationScoped
public class ContentStore {

  private static final Logger LOG = Logger.getLogger(ContentStore.class.getName());

  @Inject
  @ConfigProperty(name = "godstart.content-dir")
  String root;

  public String newKey() {
    return UUID.randomUUID().toString();
  }

  /** Where a package is unpacked before it is published; the directory does not exist yet. */
  public Path incoming(String key) {
    return directory("incoming").resolve(checked(key));
  }

  public Path published(String key) {
    return directory("packages").resolve(checked(key));
  }

  public void publish(String key) {
    try {
      Files.move(incoming(key), published(key), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not publish package " + key, e);
    }
  }

  /** Removes a package's files, wherever they are; harmless when there are none. */
  public void remove(String key) {
    DirectoryTrees.delete(incoming(key));
    DirectoryTrees.delete(published(key));
  }

  /**
   * A file of a published package, or empty when the path would leave the package's directory or
   * names no regular file.
   */
  public Optional<Path> file(String key, String relativePath) {
    Path base = published(key);
    Path file = base.resolve(relativePath).normalize();
    if (!file.startsWith(base) || !Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
      return Optional.empty();
    }
    return Optional.of(file);
  }

  /**
   * Removes what a crash left behind: unpacking directories, and published packages that no version
   * row names. Only entries older than {@code before} go, so imports under way on another instance
   * are left alone.
   */
  public int sweep(Set<String> knownKeys, Instant before) {
    int removed = 0;
    for (String area : new String[] {"incoming", "packages"}) {
      try (Stream<Path> entries = Files.list(directory(area))) {
        for (Path entry : entries.toList()) {
          boolean orphan =
              "incoming".equals(area) || !knownKeys.contains(entry.getFileName().toString());
          if (orphan && Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
            DirectoryTrees.delete(entry);
            removed++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (removed > 0) {
      LOG.warning("Content store: removed " + removed + " unfinished or orphaned package(s).");
    }
    return removed;
  }

  private Path directory(String area) {
    Path dir = Path.of(root).toAbsolutePath().resolve(area);
    if (Files.isDirectory(dir)) {
      // Every content file served asks for its directory: a failing mkdir per request is costly.
      return dir;
    }
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the content store directory " + dir, e);
    }
  }

  private static String checked(String key) {
    // Keys are UUIDs we generate; anything else must never become a path.
    return UUID.fromString(key).toString();
  }
}
