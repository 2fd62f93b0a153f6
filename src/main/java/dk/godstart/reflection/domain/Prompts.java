package dk.godstart.reflection.domain;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** The rules for a module's prompts: one to three, each a short question. */
public final class Prompts {

  public static final int MAX = 3;
  public static final int MAX_LENGTH = 500;

  /** Asked when an author set none: what was learnt, how to use it, what to discuss. */
  public static final List<String> DEFAULTS =
      List.of(
          "Hvad lærte du?",
          "Hvordan vil du bruge det i din næste sag?",
          "Hvad vil du drøfte med din mentor?");

  /** The question of a logbook entry, which belongs to no module. */
  public static final String LOGBOOK = "Hvad vil du skrive i din logbog?";

  private Prompts() {}

  /** The prompts stripped, blank ones dropped; refused unless one to three short ones remain. */
  public static List<String> check(List<String> prompts) {
    List<String> kept = new ArrayList<>();
    List<Detail> details = new ArrayList<>();
    for (int i = 0; prompts != null && i < prompts.size(); i++) {
      String p = prompts.get(i) == null ? "" : prompts.get(i).strip();
      if (p.length() > MAX_LENGTH) {
        details.add(Detail.of("prompts.length", "prompts[" + i + "]", MAX_LENGTH));
      } else if (!p.isEmpty()) {
        kept.add(p);
      }
    }
    if (details.isEmpty() && (kept.isEmpty() || kept.size() > MAX)) {
      details.add(Detail.of("prompts.count", "prompts", MAX));
    }
    if (!details.isEmpty()) {
      throw new InvalidInput("invalid-input", details);
    }
    return List.copyOf(kept);
  }
}
