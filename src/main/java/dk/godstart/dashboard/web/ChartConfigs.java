package dk.godstart.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}: the pictures only. Every chart's figures
 * are also in a table beside it, which is what screen readers and the tests read.
 */
final class ChartConfigs {

  private static final String BRAND = "#0b5c8c";

  private ChartConfigs() {}

  /** One series of numbers over labels; {@code type} is "bar" or "line". */
  static String series(
      String type, String label, List<String> labels, List<? extends Number> values) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(
        v -> {
          if (v == null) {
            data.addNull();
          } else {
            data.add(v.doubleValue());
          }
        });
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("backgroundColor", BRAND)
            .add("borderColor", BRAND);
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", names)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
