package dk.godstart.kernel;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request's JSON body field by field, so that a body of the wrong shape ({@code []}, {@code
 * "x"}, {@code null}, a number where text belongs) is the caller's {@link InvalidInput} with the
 * field named, never a {@code ClassCastException} answered with 500. Resources take the body as a
 * {@link JsonValue} (any JSON is read), ask their feature whether the caller may act at all, and
 * only then read it here: a caller without the right gets 403 whatever they sent.
 */
public final class JsonInput {

  private JsonInput() {}

  /**
   * The body as an object; anything else (an array, a string, {@code null}, nothing) is refused.
   */
  public static JsonObject object(JsonValue body) {
    if (body instanceof JsonObject object) {
      return object;
    }
    throw new InvalidInput("invalid-input", List.of(Detail.of("body.not-object", "body")));
  }

  /** A text field; {@code null} when absent or JSON null, refused when it is not text. */
  public static String text(JsonObject body, String name) {
    JsonValue value = present(body, name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw wrongType(name);
  }

  /** A whole number field; {@code null} when absent or JSON null, refused otherwise. */
  public static Long integer(JsonObject body, String name) {
    JsonValue value = present(body, name);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        throw wrongType(name);
      }
    }
    throw wrongType(name);
  }

  /** A true/false field; {@code fallback} when absent or JSON null, refused otherwise. */
  public static boolean flag(JsonObject body, String name, boolean fallback) {
    JsonValue value = present(body, name);
    if (value == null) {
      return fallback;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw wrongType(name);
  }

  /** A list of texts; empty when absent or JSON null, refused when anything in it is not text. */
  public static List<String> texts(JsonObject body, String name) {
    JsonValue value = present(body, name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw wrongType(name);
    }
    List<String> texts = new ArrayList<>();
    for (JsonValue item : array) {
      if (!(item instanceof JsonString text)) {
        throw wrongType(name);
      }
      texts.add(text.getString());
    }
    return List.copyOf(texts);
  }

  private static JsonValue present(JsonObject body, String name) {
    JsonValue value = body.get(name);
    return value == null || value == JsonValue.NULL ? null : value;
  }

  private static InvalidInput wrongType(String name) {
    return new InvalidInput("invalid-input", List.of(Detail.of("field.type", name)));
  }
}
