package dk.godstart.enrollment.application;

import dk.godstart.process.domain.unlock.Reason;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/** An unlock's reason as stored JSON: {@code {"kind","step","day","date","moduleId","parts"}}. */
final class UnlockReasons {

  private UnlockReasons() {}

  static String toJson(Reason reason) {
    return object(reason).build().toString();
  }

  private static JsonObjectBuilder object(Reason reason) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("kind", reason.kind().name());
    if (reason.step() != null) {
      json.add("step", reason.step());
    }
    if (reason.day() != null) {
      json.add("day", reason.day());
    }
    if (reason.date() != null) {
      json.add("date", reason.date().toString());
    }
    if (reason.moduleId() != null) {
      json.add("moduleId", reason.moduleId());
    }
    if (reason.parts() != null && !reason.parts().isEmpty()) {
      JsonArrayBuilder parts = Json.createArrayBuilder();
      reason.parts().forEach(part -> parts.add(object(part)));
      json.add("parts", parts);
    }
    return json;
  }

  static Reason fromJson(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return fromJson(reader.readObject());
    }
  }

  private static Reason fromJson(JsonObject json) {
    List<Reason> parts =
        json.containsKey("parts")
            ? json.getJsonArray("parts").stream()
                .map(JsonValue::asJsonObject)
                .map(UnlockReasons::fromJson)
                .toList()
            : List.of();
    return new Reason(
        Reason.Kind.valueOf(json.getString("kind")),
        json.getString("step", null),
        json.containsKey("day") ? json.getInt("day") : null,
        json.containsKey("date") ? LocalDate.parse(json.getString("date")) : null,
        json.containsKey("moduleId") ? json.getJsonNumber("moduleId").longValue() : null,
        parts);
  }
}
