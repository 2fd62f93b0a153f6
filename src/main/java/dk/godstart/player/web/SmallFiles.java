package dk.godstart.player.web;

import dk.godstart.player.domain.ContentCapability;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small package files held in memory by the content origin: a published version's files never
 * change (an import publishes a new directory; nothing rewrites one), so a page, script or picture
 * read once is answered from memory afterwards, without a disk lookup. Bounded: when the total
 * would pass {@link #BUDGET}, everything is dropped and filled again by what is asked for.
 */
final class SmallFiles {

  static final int LARGEST = 256 * 1024;
  static final long BUDGET = 64L * 1024 * 1024;

  record Entry(byte[] bytes, String etag, long modified, String lastModified, String type) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  Entry get(ContentCapability.Granted granted) {
    return entries.get(key(granted));
  }

  void put(ContentCapability.Granted granted, Entry entry) {
    if (bytes.addAndGet(entry.bytes().length) > BUDGET) {
      entries.clear();
      bytes.set(entry.bytes().length);
    }
    entries.put(key(granted), entry);
  }

  private static String key(ContentCapability.Granted granted) {
    return granted.storageKey() + "/" + granted.file();
  }
}
