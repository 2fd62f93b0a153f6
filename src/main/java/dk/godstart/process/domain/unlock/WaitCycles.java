package dk.godstart.process.domain.unlock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Modules that would wait for each other for ever: A opens after B is completed, and B after A. An
 * author can write such rules one at a time without noticing; a hire would then see both modules
 * locked, each "waiting" for the other. Only what a rule requires in every case counts: "after B,
 * or when a mentor releases it" can still open, so it makes no cycle.
 */
public final class WaitCycles {

  private WaitCycles() {}

  /**
   * The chain of modules from {@code moduleId} back to itself, each required by the one before, or
   * empty when the module does not wait for itself. {@code rules} are the programme's rules by
   * module; a module outside the programme requires nothing here.
   */
  public static Optional<List<Long>> through(long moduleId, Map<Long, UnlockRule> rules) {
    List<Long> chain = new ArrayList<>(List.of(moduleId));
    return search(moduleId, moduleId, rules, chain, new HashSet<>())
        ? Optional.of(List.copyOf(chain))
        : Optional.empty();
  }

  private static boolean search(
      long start, long current, Map<Long, UnlockRule> rules, List<Long> chain, Set<Long> seen) {
    UnlockRule rule = rules.get(current);
    if (rule == null || !seen.add(current)) {
      return false;
    }
    for (long required : rule.modulesRequired().stream().sorted().toList()) {
      chain.add(required);
      if (required == start || search(start, required, rules, chain, seen)) {
        return true;
      }
      chain.remove(chain.size() - 1);
    }
    return false;
  }
}
