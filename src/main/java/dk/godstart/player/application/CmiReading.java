package dk.godstart.player.application;

import dk.godstart.player.domain.CmiValues;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * Reads the elements the LMS acts on from the runtime's CMI JSON. The runtime may send the data
 * model with or without its top-level {@code cmi} object, and numbers as strings or numbers.
 */
final class CmiReading {

  private CmiReading() {}

  static CmiValues scorm12(JsonObject data) {
    JsonObject cmi = unwrap(data);
    JsonObject core = object(cmi, "core");
    JsonObject score = object(core, "score");
    return new CmiValues(
        text(core, "lesson_status"),
        null,
        number(score, "raw"),
        number(score, "min"),
        number(score, "max"),
        null,
        null,
        text(core, "lesson_location"),
        text(core, "exit"),
        text(core, "session_time"));
  }

  static CmiValues scorm2004(JsonObject data) {
    JsonObject cmi = unwrap(data);
    JsonObject score = object(cmi, "score");
    return new CmiValues(
        text(cmi, "completion_status"),
        text(cmi, "success_status"),
        number(score, "raw"),
        number(score, "min"),
        number(score, "max"),
        number(score, "scaled"),
        number(cmi, "progress_measure"),
        text(cmi, "location"),
        text(cmi, "exit"),
        text(cmi, "session_time"));
  }

  private static JsonObject unwrap(JsonObject data) {
    JsonValue cmi = data.get("cmi");
    return cmi instanceof JsonObject inner ? inner : data;
  }

  private static JsonObject object(JsonObject parent, String name) {
    JsonValue value = parent == null ? null : parent.get(name);
    return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static String text(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    if (value instanceof JsonString string) {
      return string.getString().isEmpty() ? null : string.getString();
    }
    return value instanceof JsonNumber number ? number.toString() : null;
  }

  private static BigDecimal number(JsonObject parent, String name) {
    JsonValue value = parent.get(name);
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString string && !string.getString().isBlank()) {
      try {
        return new BigDecimal(string.getString().strip());
      } catch (NumberFormatException e) {
        return null; // Not a number: the runtime validates values, so ignore what slipped by.
      }
    }
    return null;
  }
}
