package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Creates files and folders for checked entry names, and nothing else: every path is resolved and
 * proven to lie inside the target, files are only ever created new (so a second spelling of a name
 * cannot overwrite the first, and nothing is written through a link), and a clash between a file
 * and a folder of the same name is a duplicate entry. File system failures that are not the
 * upload's fault are thrown unchecked, for the caller to clean up and report as a server error.
 */
final class FileWriting {

  private FileWriting() {}

  /** The path of a canonical name below the target (itself absolute and normalised). */
  static Path inside(Path target, String name, String entryName) throws Refused {
    Path path = target.resolve(name).normalize();
    if (!path.startsWith(target) || path.equals(target)) {
      throw new Refused(ProblemCodes.ZIP_PATH_TRAVERSAL, entryName, entryName);
    }
    return path;
  }

  static void createDirectories(Path target, String name, String entryName) throws Refused {
    if (name.isEmpty()) {
      return;
    }
    Path directory = inside(target, name, entryName);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      if (e instanceof FileAlreadyExistsException || blockedByFile(target, directory)) {
        throw new Refused(ProblemCodes.ZIP_DUPLICATE_ENTRY, entryName, entryName);
      }
      throw new UncheckedIOException(e);
    }
  }

  static OutputStream createNew(Path file, String entryName) throws Refused {
    try {
      return Files.newOutputStream(
          file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (FileAlreadyExistsException e) {
      throw new Refused(ProblemCodes.ZIP_DUPLICATE_ENTRY, entryName, entryName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean blockedByFile(Path target, Path directory) {
    for (Path p = directory; p != null && p.startsWith(target); p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }
}
