package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw names of the entries met in the local headers, compared at the end with the central
 * directory. Zip tools trust one or the other, so an entry present in only one of them is a way to
 * slip content past a check; and only the central directory marks symbolic links. Raw names are
 * compared byte for byte (held as ISO-8859-1 strings, one char per byte).
 */
final class EntryLedger {

  private final Map<String, String> local = new LinkedHashMap<>();

  /** Records a local entry; the same raw name twice is a duplicate entry. */
  void record(byte[] rawName, String name) throws Refused {
    if (local.putIfAbsent(new String(rawName, StandardCharsets.ISO_8859_1), name) != null) {
      throw new Refused(ProblemCodes.ZIP_DUPLICATE_ENTRY, name, name);
    }
  }

  /** Refuses symbolic links and entries missing from either side. */
  void verify(TailRecordingStream tee) throws Refused {
    Mismatch mismatch = compare(centralDirectory(tee));
    String hidden = mismatch.centralOnly() != null ? mismatch.centralOnly() : mismatch.localOnly();
    if (hidden != null) {
      throw new Refused(ProblemCodes.ZIP_HIDDEN_ENTRY, hidden, hidden);
    }
  }

  /**
   * Turns a failure of the streaming reader into a more precise problem when the central directory
   * explains it. The reader fails while skipping a central directory shorter than the entries it
   * read, which is exactly how an entry hidden from the central directory shows.
   */
  Refused explain(Refused failure, TailRecordingStream tee) {
    try {
      tee.drain();
      Mismatch mismatch = compare(centralDirectory(tee));
      if (mismatch.centralOnly() == null && mismatch.localOnly() != null) {
        return new Refused(
            ProblemCodes.ZIP_HIDDEN_ENTRY, mismatch.localOnly(), mismatch.localOnly());
      }
      return failure;
    } catch (Refused precise) {
      return precise.detail().code().equals(ProblemCodes.ZIP_SYMLINK) ? precise : failure;
    } catch (IOException e) {
      return failure;
    }
  }

  private static List<CentralDirectory.Entry> centralDirectory(TailRecordingStream tee)
      throws Refused {
    byte[] tail = tee.tail();
    List<CentralDirectory.Entry> central = CentralDirectory.read(tail, tee.total() - tail.length);
    for (CentralDirectory.Entry entry : central) {
      if (entry.symlink()) {
        throw new Refused(ProblemCodes.ZIP_SYMLINK, entry.name(), entry.name());
      }
    }
    return central;
  }

  private Mismatch compare(List<CentralDirectory.Entry> central) {
    Map<String, String> unmatched = new LinkedHashMap<>(local);
    String centralOnly = null;
    for (CentralDirectory.Entry entry : central) {
      String raw = new String(entry.rawName(), StandardCharsets.ISO_8859_1);
      if (unmatched.remove(raw) == null && centralOnly == null) {
        centralOnly = entry.name();
      }
    }
    String localOnly = unmatched.isEmpty() ? null : unmatched.values().iterator().next();
    return new Mismatch(centralOnly, localOnly);
  }

  /** The first name found only in the central directory, and the first only in local headers. */
  private record Mismatch(String centralOnly, String localOnly) {}
}
