package dk.godstart.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a person must never read on a page: the residue of a broken expression ({@code null}, a
 * component id such as {@code j_idt12}, a missing text {@code ???key???}), a slot where a date or
 * name should have been ("fra .", "Camilla Brandt,"), and texts of the other language. Works on the
 * page's visible text as the browser lays it out ({@code innerText}: cells apart by tabs, blocks by
 * line breaks), so every cell and paragraph is judged on its own.
 */
public final class PageText {

  private static final String[] BUNDLES = {
    "dk/godstart/platform/web/messages", "dk/godstart/kernel/errors", "dk/godstart/enrollment/path"
  };

  private static final Pattern RESIDUE =
      Pattern.compile("\\bnull\\b|j_idt|\\?\\?\\?|\\bundefined\\b|#\\{", Pattern.CASE_INSENSITIVE);

  /** A slot left empty: "senest ." "fra ," "( )", or a chunk that ends in a comma. */
  private static final Pattern EMPTY_SLOT =
      Pattern.compile("\\s[.,;:](\\s|$)|,\\s*,|\\(\\s*\\)|,\\s*$|^\\s*[,.]");

  /** Words English sentences cannot do without and Danish sentences never contain. */
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the",
          "and",
          "is",
          "are",
          "not",
          "of",
          "you",
          "your",
          "with",
          "this",
          "was",
          "has",
          "must",
          "be",
          "found",
          "invalid",
          "file",
          "terminated",
          "directory",
          "please",
          "error",
          "which",
          "no");

  /** The same for Danish in an English page (module titles are data and may contain "og", "i"). */
  private static final Set<String> DANISH_WORDS =
      Set.of(
          "du",
          "dit",
          "din",
          "dine",
          "ikke",
          "har",
          "skal",
          "kan",
          "er",
          "blev",
          "eller",
          "når",
          "efter",
          "senest",
          "fra",
          "af",
          "vil",
          "nyansat",
          "nyansatte",
          "gennemført",
          "modulet",
          "mangler",
          "ingen",
          "filen",
          "udfyld",
          "feltet");

  private static final Set<String> DANISH_TEXTS = new HashSet<>();
  private static final Set<String> ENGLISH_TEXTS = new HashSet<>();

  static {
    for (String bundle : BUNDLES) {
      Properties danish = load(bundle + ".properties");
      Properties english = load(bundle + "_en.properties");
      for (String key : danish.stringPropertyNames()) {
        String da = danish.getProperty(key);
        String en = english.getProperty(key);
        if (en != null && !da.equals(en)) {
          fragments(da).forEach(DANISH_TEXTS::add);
          fragments(en).forEach(ENGLISH_TEXTS::add);
        }
      }
    }
    // A word shared by the languages ("Status", "Start") proves nothing.
    Set<String> shared = new HashSet<>(DANISH_TEXTS);
    shared.retainAll(ENGLISH_TEXTS);
    DANISH_TEXTS.removeAll(shared);
    ENGLISH_TEXTS.removeAll(shared);
  }

  private PageText() {}

  /** The problems of a page's visible text in the given language ("da" or "en"), one per line. */
  public static List<String> problems(String visibleText, String language) {
    List<String> problems = new ArrayList<>();
    boolean danish = "da".equals(language);
    for (String chunk : visibleText.split("[\\t\\n]+")) {
      String text = chunk.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (RESIDUE.matcher(text).find()) {
        problems.add("residue of a broken expression: \"" + text + "\"");
      }
      if (EMPTY_SLOT.matcher(text).find()) {
        problems.add("an empty slot: \"" + text + "\"");
      }
      if (isOtherLanguage(text, danish)) {
        problems.add((danish ? "English" : "Danish") + " text: \"" + text + "\"");
      }
    }
    return problems;
  }

  private static boolean isOtherLanguage(String text, boolean danish) {
    Set<String> texts = danish ? ENGLISH_TEXTS : DANISH_TEXTS;
    for (String other : texts) {
      if (text.equals(other) || (other.length() >= 15 && text.contains(other))) {
        return true;
      }
    }
    Set<String> words = danish ? ENGLISH_WORDS : DANISH_WORDS;
    long found =
        Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
            .filter(words::contains)
            .distinct()
            .count();
    return found >= 2;
  }

  /** The literal parts of a text with placeholders, long enough to mean something. */
  private static Stream<String> fragments(String text) {
    return Stream.of(text.replace("''", "'").split("\\{[^}]*}"))
        .map(String::strip)
        .map(s -> s.replaceAll("^[.,:;–-]+\\s*|\\s*[.,:;–-]+$", ""))
        .filter(s -> s.length() >= 4 && s.chars().anyMatch(Character::isLetter));
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = PageText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
