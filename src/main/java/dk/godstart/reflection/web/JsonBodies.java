package dk.godstart.reflection.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.reflection.domain.ReflectionNote.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of the reflection API's request bodies; anything malformed is a 400/422. */
final class JsonBodies {

  private JsonBodies() {}

  /** The body as an object: anything else (nothing, an array, a string) is refused as 422. */
  static JsonObject object(JsonValue body) {
    if (!(body instanceof JsonObject object)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "body")));
    }
    return object;
  }

  static JsonObject require(JsonObject body) {
    return object(body);
  }

  static String text(JsonObject body, String name, boolean required) {
    JsonValue value = require(body).get(name);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (required || (value != null && value != JsonValue.NULL)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", name)));
    }
    return null;
  }

  static Long number(JsonObject body, String name, boolean required) {
    JsonValue value = require(body).get(name);
    if (value instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    if (required || (value != null && value != JsonValue.NULL)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", name)));
    }
    return null;
  }

  static List<Answer> answers(JsonObject body) {
    if (!(require(body).get("answers") instanceof JsonArray array)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "answers")));
    }
    List<Answer> answers = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonObject a)) {
        throw new InvalidInput("invalid-input", List.of(Detail.of("note.answers", "answers")));
      }
      answers.add(new Answer(a.getString("prompt", null), a.getString("text", "")));
    }
    return answers;
  }

  static List<String> strings(JsonObject body, String name) {
    if (!(require(body).get(name) instanceof JsonArray array)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", name)));
    }
    List<String> strings = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonString s)) {
        throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", name)));
      }
      strings.add(s.getString());
    }
    return strings;
  }
}
