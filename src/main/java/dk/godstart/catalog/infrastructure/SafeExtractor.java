package dk.godstart.catalog.infrastructure;

import dk.godstart.catalog.domain.imports.ProblemCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Writes the entries of an uploaded zip below a directory in one streaming pass, refusing at the
 * first hostile or broken entry. Limits are enforced while data inflates (not from the sizes the
 * headers claim, which an attacker writes), and the central directory is checked at the end from
 * the recorded tail. The caller removes the directory when this refuses.
 */
final class SafeExtractor {

  /** Enough for the central directory of 20,000 entries with long names. */
  static final int DEFAULT_TAIL_CAPACITY = 8 * 1024 * 1024;

  /**
   * Commons Compress must hold a stored entry that has a data descriptor wholly in memory to find
   * where it ends; such entries are rare and are refused beyond this size.
   */
  static final int MAX_BUFFERED_ENTRY = 32 * 1024 * 1024;

  private static final int BUFFER_SIZE = 64 * 1024;

  private final ImportLimits limits;
  private final int tailCapacity;
  private final ProgressListener listener;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private final EntryLedger ledger = new EntryLedger();
  private final List<String> files = new ArrayList<>();
  private long entries;
  private long inflated;
  private long written;

  SafeExtractor(ImportLimits limits, int tailCapacity, ProgressListener listener) {
    this.limits = limits;
    this.tailCapacity = tailCapacity;
    this.listener = listener;
  }

  /** The files written, as canonical names relative to the target, and their total size. */
  record Extracted(List<String> files, long totalBytes) {}

  Extracted extract(InputStream upload, Path target) throws Refused {
    TailRecordingStream tee = new TailRecordingStream(upload, tailCapacity);
    try (ZipArchiveInputStream zip =
        new ZipArchiveInputStream(tee, StandardCharsets.UTF_8.name(), true, true)) {
      readEntries(zip, tee, target);
    } catch (IOException e) {
      throw corrupt("", e);
    }
    if (tee.total() == 0) {
      throw new Refused(ProblemCodes.ZIP_EMPTY, "");
    }
    ledger.verify(tee);
    if (files.isEmpty()) {
      throw new Refused(ProblemCodes.ZIP_EMPTY, "");
    }
    return new Extracted(List.copyOf(files), written);
  }

  private void readEntries(ZipArchiveInputStream zip, TailRecordingStream tee, Path target)
      throws Refused, IOException {
    ZipArchiveEntry entry = next(zip, tee);
    while (entry != null) {
      boolean buffered =
          entry.getMethod() == ZipEntry.STORED && entry.getGeneralPurposeBit().usesDataDescriptor();
      if (buffered) {
        tee.limitTo(MAX_BUFFERED_ENTRY);
      }
      CRC32 crc = extractEntry(zip, entry, target);
      tee.unlimited();
      ZipArchiveEntry following = next(zip, tee);
      // next() reads the data descriptor, and with it the CRC of entries that have one.
      if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
        throw new Refused(
            ProblemCodes.ZIP_CORRUPT, entry.getName(), "CRC mismatch: " + entry.getName());
      }
      entry = following;
    }
    tee.drain();
  }

  private ZipArchiveEntry next(ZipArchiveInputStream zip, TailRecordingStream tee) throws Refused {
    try {
      return zip.getNextEntry();
    } catch (IOException | RuntimeException e) {
      // Commons Compress signals some malformed headers with runtime exceptions.
      throw ledger.explain(corrupt("", e), tee);
    }
  }

  private static Refused corrupt(String location, Exception e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Refused(ProblemCodes.ZIP_CORRUPT, location, reason);
  }

  private CRC32 extractEntry(ZipArchiveInputStream zip, ZipArchiveEntry entry, Path target)
      throws Refused {
    if (++entries > limits.maxEntries()) {
      throw new Refused(ProblemCodes.ZIP_TOO_MANY_ENTRIES, "", limits.maxEntries());
    }
    String name = EntryNames.checked(entry);
    ledger.record(EntryNames.rawName(entry), entry.getName());
    CRC32 crc = new CRC32();
    if (EntryNames.isSkipped(name) || entry.isDirectory()) {
      copy(zip, entry, null, crc);
      if (!EntryNames.isSkipped(name)) {
        FileWriting.createDirectories(target, name, entry.getName());
      }
    } else {
      Path file = FileWriting.inside(target, name, entry.getName());
      FileWriting.createDirectories(target, parentOf(name), entry.getName());
      try (OutputStream out = FileWriting.createNew(file, entry.getName())) {
        copy(zip, entry, out, crc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.add(name);
    }
    listener.progressed(entries, written);
    return crc;
  }

  private static String parentOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /** Copies one entry in 64 KiB steps, checking the limits after each step. */
  private void copy(ZipArchiveInputStream zip, ZipArchiveEntry entry, OutputStream out, CRC32 crc)
      throws Refused {
    int n;
    while ((n = read(zip, entry.getName())) > 0) {
      inflated += n;
      if (inflated > limits.maxUnpackedBytes()) {
        throw new Refused(
            ProblemCodes.ZIP_TOO_LARGE,
            entry.getName(),
            entry.getName(),
            limits.maxUnpackedBytes());
      }
      long uncompressed = zip.getUncompressedCount();
      if (uncompressed > limits.ratioThresholdBytes()
          && uncompressed / limits.maxCompressionRatio() > zip.getCompressedCount()) {
        throw new Refused(
            ProblemCodes.ZIP_COMPRESSION_RATIO,
            entry.getName(),
            entry.getName(),
            limits.maxCompressionRatio());
      }
      crc.update(buffer, 0, n);
      if (out != null) {
        write(out, n);
      }
    }
  }

  private void write(OutputStream out, int n) {
    try {
      out.write(buffer, 0, n);
      written += n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int read(ZipArchiveInputStream zip, String entryName) throws Refused {
    try {
      return zip.read(buffer, 0, buffer.length);
    } catch (TailRecordingStream.LimitReached e) {
      throw new Refused(
          ProblemCodes.ZIP_STORED_ENTRY_TOO_LARGE, entryName, entryName, MAX_BUFFERED_ENTRY);
    } catch (IOException | RuntimeException e) {
      throw corrupt(entryName, e);
    }
  }
}
