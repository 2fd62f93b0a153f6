package dk.godstart.player.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SCORM run-time data model (1.2 and 2004 4th edition) as the server checks a commit against
 * it: the elements a SCO may hold, each with its type, vocabulary, range and length. The runtime in
 * the browser refuses a {@code SetValue} that breaks these rules; the server refuses a commit that
 * carries such a value, so that a hand-made request cannot store what the runtime would not.
 *
 * <p>The commit carries the runtime's own JSON rendering: elements by name, collections as objects
 * keyed {@code "0"}, {@code "1"}, … (or as arrays, or under {@code childArray}), values as strings
 * (numbers also as JSON numbers). The empty string is every element's initial value and is always
 * accepted. Unknown elements are refused.
 */
public final class CmiDataModel {

  /**
   * One rule broken: a stable code, the element's dotted name, and the limit or value concerned.
   */
  public record Violation(String code, String element, Object limit) {}

  /** A value is not of its element's type (a number, a time, a time interval, an object). */
  public static final String TYPE = "cmi.type";

  /** A value is not one of its element's words. */
  public static final String VOCABULARY = "cmi.vocabulary";

  /** A number lies outside its element's range. */
  public static final String RANGE = "cmi.range";

  /** A text is longer than its element allows. */
  public static final String LENGTH = "cmi.length";

  /** The element is not in the data model. */
  public static final String UNKNOWN = "cmi.unknown-element";

  /** More violations are not listed: one bad request need not produce a huge answer. */
  private static final int MAX_VIOLATIONS = 20;

  /** The SCORM 1.2 data model ({@code cmi.*}). */
  public static final CmiDataModel SCORM_12 = new CmiDataModel(Scorm12.model());

  /** The SCORM 2004 4th edition data model ({@code cmi.*}). */
  public static final CmiDataModel SCORM_2004 = new CmiDataModel(Scorm2004.model());

  private final Node root;

  private CmiDataModel(Node root) {
    this.root = root;
  }

  /**
   * The violations in a commit's CMI data, at most {@value #MAX_VIOLATIONS}; none when every
   * element is known and valid. The data may come with or without its top-level {@code cmi} object.
   */
  public List<Violation> check(JsonObject data) {
    List<Violation> violations = new ArrayList<>();
    if (data.get("cmi") instanceof JsonObject cmi) {
      root.check(cmi, "cmi", violations);
      // Next to cmi the runtime may render adl (navigation requests): not stored as CMI data.
      data.keySet().stream()
          .filter(key -> !key.equals("cmi") && !key.equals("adl"))
          .forEach(key -> violations.add(new Violation(UNKNOWN, key, null)));
    } else {
      root.check(data, "cmi", violations);
    }
    return violations.size() > MAX_VIOLATIONS
        ? List.copyOf(violations.subList(0, MAX_VIOLATIONS))
        : List.copyOf(violations);
  }

  /** An element of the model: a value, a group of named elements, or a collection. */
  sealed interface Node permits Leaf, Group, Collection {
    void check(JsonValue value, String name, List<Violation> violations);
  }

  /** A group of named elements ({@code cmi.core}, {@code cmi.score}). */
  record Group(Map<String, Node> children) implements Node {
    @Override
    public void check(JsonValue value, String name, List<Violation> violations) {
      if (isBlank(value)) {
        return;
      }
      if (!(value instanceof JsonObject object)) {
        violations.add(new Violation(TYPE, name, "object"));
        return;
      }
      object.forEach(
          (key, child) -> {
            Node node = children.get(key);
            if (node == null) {
              violations.add(new Violation(UNKNOWN, name + "." + key, null));
            } else {
              node.check(child, name + "." + key, violations);
            }
          });
    }
  }

  /** A collection ({@code cmi.interactions}): records numbered from 0, each a group. */
  record Collection(Node record, int maxCount) implements Node {
    @Override
    public void check(JsonValue value, String name, List<Violation> violations) {
      if (isBlank(value)) {
        return;
      }
      List<JsonValue> records = new ArrayList<>();
      if (value instanceof JsonArray array) {
        records.addAll(array);
      } else if (value instanceof JsonObject object) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
          if (entry.getKey().equals("childArray") && entry.getValue() instanceof JsonArray array) {
            records.addAll(array);
          } else if (INDEX.matcher(entry.getKey()).matches()) {
            records.add(entry.getValue());
          } else {
            violations.add(new Violation(UNKNOWN, name + "." + entry.getKey(), null));
          }
        }
      } else {
        violations.add(new Violation(TYPE, name, "collection"));
        return;
      }
      if (records.size() > maxCount) {
        violations.add(new Violation(RANGE, name, maxCount));
        return;
      }
      for (int i = 0; i < records.size(); i++) {
        record.check(records.get(i), name + "." + i, violations);
      }
    }
  }

  /** A value: text of a length, a word of a vocabulary, a number in a range, or a time format. */
  record Leaf(Kind kind, int maxLength, Set<String> words, BigDecimal min, BigDecimal max)
      implements Node {

    enum Kind {
      TEXT,
      WORD,
      NUMBER,
      WORD_OR_NUMBER,
      PATTERN_ISO_DURATION,
      PATTERN_ISO_TIME,
      PATTERN_TIMESPAN,
      PATTERN_TIME_OF_DAY
    }

    @Override
    public void check(JsonValue value, String name, List<Violation> violations) {
      String text;
      if (value instanceof JsonString string) {
        text = string.getString();
      } else if (value instanceof JsonNumber number) {
        text = number.toString();
      } else if (value == JsonValue.NULL) {
        return;
      } else {
        violations.add(new Violation(TYPE, name, "text"));
        return;
      }
      if (text.isEmpty()) {
        return;
      }
      if (text.length() > maxLength) {
        violations.add(new Violation(LENGTH, name, maxLength));
        return;
      }
      switch (kind) {
        case TEXT -> {}
        case WORD -> {
          if (!words.contains(text)) {
            violations.add(new Violation(VOCABULARY, name, text));
          }
        }
        case NUMBER -> number(text, name, violations);
        case WORD_OR_NUMBER -> {
          if (!words.contains(text)) {
            number(text, name, violations);
          }
        }
        case PATTERN_ISO_DURATION -> matches(ISO_DURATION, text, name, violations);
        case PATTERN_ISO_TIME -> matches(ISO_TIME, text, name, violations);
        case PATTERN_TIMESPAN -> matches(TIMESPAN, text, name, violations);
        case PATTERN_TIME_OF_DAY -> matches(TIME_OF_DAY, text, name, violations);
      }
    }

    private void number(String text, String name, List<Violation> violations) {
      BigDecimal number;
      try {
        number = new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        violations.add(new Violation(TYPE, name, "number"));
        return;
      }
      if ((min != null && number.compareTo(min) < 0)
          || (max != null && number.compareTo(max) > 0)) {
        violations.add(
            new Violation(RANGE, name, (min == null ? "" : min) + ".." + (max == null ? "" : max)));
      }
    }

    private static void matches(
        Pattern pattern, String text, String name, List<Violation> violations) {
      if (!pattern.matcher(text).matches()) {
        violations.add(new Violation(TYPE, name, pattern.pattern()));
      }
    }
  }

  /**
   * SCORM 2004 timeinterval (second, 10,2): an ISO 8601 duration such as {@code PT1H5M3.25S}, as
   * leniently as the runtime reads it (weeks, fractions, an omitted {@code T}).
   */
  static final Pattern ISO_DURATION =
      Pattern.compile(
          "P([.,\\d]+Y)?([.,\\d]+M)?([.,\\d]+W)?([.,\\d]+D)?"
              + "(T?([.,\\d]+H)?([.,\\d]+M)?(\\d+(\\.\\d{1,2})?S)?)?");

  /** SCORM 2004 time (second, 10,0): {@code YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]}. */
  static final Pattern ISO_TIME =
      Pattern.compile(
          "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,6})?"
              + "(Z|[+-]\\d{2}(:\\d{2})?)?)?)?)?)?)?");

  /** SCORM 1.2 CMITimespan: {@code HHHH:MM:SS.SS}. */
  static final Pattern TIMESPAN = Pattern.compile("\\d+:\\d{2}:\\d{2}(\\.\\d{1,2})?");

  /** The key of a record in a collection rendered as an object: its index. */
  static final Pattern INDEX = Pattern.compile("\\d{1,9}");

  /** SCORM 1.2 CMITime: {@code HH:MM:SS.SS}. */
  static final Pattern TIME_OF_DAY = Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?");

  static boolean isBlank(JsonValue value) {
    return value == JsonValue.NULL || value instanceof JsonString s && s.getString().isEmpty();
  }

  // Building blocks for the two models.

  static Leaf text(int maxLength) {
    return new Leaf(Leaf.Kind.TEXT, maxLength, Set.of(), null, null);
  }

  static Leaf word(String... words) {
    return new Leaf(Leaf.Kind.WORD, 255, Set.of(words), null, null);
  }

  static Leaf number(String min, String max) {
    return new Leaf(
        Leaf.Kind.NUMBER,
        40,
        Set.of(),
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max));
  }

  static Leaf wordOrNumber(String... words) {
    return new Leaf(Leaf.Kind.WORD_OR_NUMBER, 255, Set.of(words), null, null);
  }

  static Leaf pattern(Leaf.Kind kind) {
    return new Leaf(kind, 255, Set.of(), null, null);
  }

  static Group group(Object... nameAndNode) {
    Map<String, Node> children = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameAndNode.length; i += 2) {
      children.put((String) nameAndNode[i], (Node) nameAndNode[i + 1]);
    }
    return new Group(Map.copyOf(children));
  }
}
