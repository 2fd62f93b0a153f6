package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments.Colleague;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colleagues a leader picks hires, mentors and buddies from, searched as the leader types: by
 * name, user name or unit, every word of the search matching the start of a word ("mette kr",
 * "børn"). What is typed without picking from the list is accepted only when it names exactly one
 * colleague; anything else is an error, never a new account.
 */
public final class ColleagueDirectory implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Colleague> colleagues;

  public ColleagueDirectory(List<Colleague> colleagues) {
    this.colleagues = List.copyOf(colleagues);
  }

  /** The colleagues whose name, user name or unit has a word starting with each typed word. */
  public List<Colleague> search(String typed, int limit) {
    List<String> words = words(typed);
    return colleagues.stream()
        .filter(
            c ->
                words.stream()
                    .allMatch(w -> words(searchable(c)).stream().anyMatch(x -> x.startsWith(w))))
        .limit(limit)
        .toList();
  }

  /**
   * The one colleague the text names: a user name, a full name, or the label the list shows ("Mette
   * Kristensen (Børn og Unge)"); empty when none or several do.
   */
  public Optional<Colleague> resolve(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = fold(text.strip());
    List<Colleague> named =
        colleagues.stream()
            .filter(
                c ->
                    fold(c.username()).equals(wanted)
                        || fold(c.name()).equals(wanted)
                        || fold(label(c)).equals(wanted))
            .toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** Whether an account has this user name already. */
  public boolean hasUsername(String username) {
    return username != null
        && colleagues.stream().anyMatch(c -> c.username().equalsIgnoreCase(username.strip()));
  }

  /** How a colleague is shown in the list and the field: name, and unit when there is one. */
  public static String label(Colleague colleague) {
    return colleague.unit() == null
        ? colleague.name()
        : colleague.name() + " (" + colleague.unit() + ")";
  }

  private static String searchable(Colleague c) {
    return c.name() + " " + c.username() + " " + (c.unit() == null ? "" : c.unit());
  }

  private static List<String> words(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(fold(text).split("[\\s.,()\\-]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
