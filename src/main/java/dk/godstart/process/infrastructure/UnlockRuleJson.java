package dk.godstart.process.infrastructure;

import dk.godstart.process.domain.unlock.AllOf;
import dk.godstart.process.domain.unlock.AnyOf;
import dk.godstart.process.domain.unlock.DayReached;
import dk.godstart.process.domain.unlock.MentorRelease;
import dk.godstart.process.domain.unlock.ModuleCompleted;
import dk.godstart.process.domain.unlock.StepReached;
import dk.godstart.process.domain.unlock.UnlockRule;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Unlock rules as JSON, one object per rule with its kind: {@code {"kind":"step","step":"…"}},
 * {@code {"kind":"day","day":-7}}, {@code {"kind":"module","moduleId":3}}, {@code
 * {"kind":"release"}}, {@code {"kind":"all","rules":[…]}}, {@code {"kind":"any","rules":[…]}}. The
 * same shape is stored in a programme module's row and read and written by the REST API.
 */
@Converter(autoApply = true)
public class UnlockRuleJson implements AttributeConverter<UnlockRule, String> {

  @Override
  public String convertToDatabaseColumn(UnlockRule rule) {
    return rule == null ? null : toJson(rule).toString();
  }

  @Override
  public UnlockRule convertToEntityAttribute(String json) {
    if (json == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return fromJson(reader.readObject());
    }
  }

  public static JsonObject toJson(UnlockRule rule) {
    if (rule instanceof StepReached step) {
      return Json.createObjectBuilder().add("kind", "step").add("step", step.stepCode()).build();
    }
    if (rule instanceof DayReached day) {
      return Json.createObjectBuilder().add("kind", "day").add("day", day.day()).build();
    }
    if (rule instanceof ModuleCompleted module) {
      return Json.createObjectBuilder()
          .add("kind", "module")
          .add("moduleId", module.moduleId())
          .build();
    }
    if (rule instanceof MentorRelease) {
      return Json.createObjectBuilder().add("kind", "release").build();
    }
    List<UnlockRule> parts = rule instanceof AllOf all ? all.rules() : ((AnyOf) rule).rules();
    JsonArrayBuilder array = Json.createArrayBuilder();
    parts.forEach(part -> array.add(toJson(part)));
    return Json.createObjectBuilder()
        .add("kind", rule instanceof AllOf ? "all" : "any")
        .add("rules", array)
        .build();
  }

  /** Reads a rule; an unknown kind or a missing field is an {@link IllegalArgumentException}. */
  public static UnlockRule fromJson(JsonObject json) {
    String kind = json.getString("kind", "");
    return switch (kind) {
      case "step" -> new StepReached(json.getString("step"));
      case "day" -> new DayReached(json.getInt("day"));
      case "module" -> new ModuleCompleted(json.getJsonNumber("moduleId").longValue());
      case "release" -> new MentorRelease();
      case "all" -> new AllOf(parts(json));
      case "any" -> new AnyOf(parts(json));
      default -> throw new IllegalArgumentException("Unknown unlock rule kind: " + kind);
    };
  }

  private static List<UnlockRule> parts(JsonObject json) {
    return json.getJsonArray("rules").stream()
        .map(JsonValue::asJsonObject)
        .map(UnlockRuleJson::fromJson)
        .toList();
  }
}
