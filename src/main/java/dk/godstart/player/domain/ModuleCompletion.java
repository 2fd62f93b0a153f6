package dk.godstart.player.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * When a module counts as completed, from its SCOs' results by identifier: every SCO done (SCORM
 * 1.2, and SCORM 2004 without sequencing), or what the root activity's rollup says ({@link Rollup},
 * SCORM 2004 with sequencing).
 */
public interface ModuleCompletion {

  boolean isCompleted(Map<String, ScoResult> results);

  /** Completed when every one of these SCOs is done: completed, and not failed. */
  static ModuleCompletion everySco(Collection<String> scos) {
    List<String> all = List.copyOf(scos);
    return results ->
        !all.isEmpty()
            && all.stream().allMatch(sco -> results.containsKey(sco) && results.get(sco).isDone());
  }
}
