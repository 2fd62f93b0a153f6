package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Decides whether an entry name may become a file below the target directory, and which one. Names
 * are checked as written, before any normalisation, so that a hostile name is refused rather than
 * quietly repaired; what passes is made canonical ("a/./b" and "a//b" become "a/b") so that two
 * spellings of one file are caught as duplicates.
 */
final class EntryNames {

  /** Linux allows 255 bytes per name; a whole path of 1,024 leaves room below the content store. */
  static final int MAX_SEGMENT_BYTES = 255;

  static final int MAX_NAME_BYTES = 1024;

  private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

  private EntryNames() {}

  /** The canonical relative name, "" for the root folder itself. */
  static String checked(ZipArchiveEntry entry) throws Refused {
    String name = entry.getName();
    refuseHostile(entry, name);
    List<String> segments = new ArrayList<>();
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw new Refused(ProblemCodes.ZIP_PATH_TRAVERSAL, name, name);
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    checkLength(name, segments);
    if (segments.isEmpty() && !entry.isDirectory()) {
      throw new Refused(ProblemCodes.ZIP_NAME_ENCODING, name, name);
    }
    return String.join("/", segments);
  }

  private static void refuseHostile(ZipArchiveEntry entry, String name) throws Refused {
    byte[] raw = rawName(entry);
    boolean unicodePath = entry.getExtraField(UnicodePathExtraField.UPATH_ID) != null;
    if ((!isUtf8(raw) && !unicodePath) || name.isEmpty() || CONTROL.matcher(name).find()) {
      throw new Refused(ProblemCodes.ZIP_NAME_ENCODING, name, name);
    }
    if (DRIVE_LETTER.matcher(name).matches()) {
      throw new Refused(ProblemCodes.ZIP_DRIVE_LETTER, name, name);
    }
    if (name.startsWith("/")) {
      throw new Refused(ProblemCodes.ZIP_ABSOLUTE_PATH, name, name);
    }
    // Commons Compress turns backslashes into slashes for names made on Windows; refuse the
    // name as written rather than guess what the author meant.
    String written = new String(raw, StandardCharsets.UTF_8);
    if (name.contains("\\") || written.contains("\\")) {
      throw new Refused(ProblemCodes.ZIP_BACKSLASH, written, written);
    }
  }

  private static void checkLength(String name, List<String> segments) throws Refused {
    boolean tooLong =
        name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
            || segments.stream()
                .anyMatch(s -> s.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES);
    if (tooLong) {
      throw new Refused(
          ProblemCodes.ZIP_NAME_TOO_LONG, name, name, MAX_SEGMENT_BYTES, MAX_NAME_BYTES);
    }
  }

  /** macOS litter that Finder's "Compress" adds: never written, never counted as files. */
  static boolean isSkipped(String canonicalName) {
    int slash = canonicalName.lastIndexOf('/');
    String last = canonicalName.substring(slash + 1);
    return canonicalName.equals("__MACOSX")
        || canonicalName.startsWith("__MACOSX/")
        || last.equals(".DS_Store");
  }

  /** The name's bytes as stored in the local header; compared with the central directory's. */
  static byte[] rawName(ZipArchiveEntry entry) {
    byte[] raw = entry.getRawName();
    return raw != null ? raw : entry.getName().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
