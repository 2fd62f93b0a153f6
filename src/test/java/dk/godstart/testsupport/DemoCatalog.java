package dk.godstart.testsupport;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;

/** The modules on the shared server, by title, as the demo author lists them. */
public final class DemoCatalog {

  private DemoCatalog() {}

  public static Map<String, Long> moduleIdsByTitle() {
    return Api.withToken("demo-forfatter-token")
        .get("/api/v1/modules")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .collect(
            Collectors.toMap(
                m -> m.getString("title"), m -> m.getJsonNumber("id").longValue(), (a, b) -> a));
  }

  /** The id of the module whose title starts with the given words. */
  public static long moduleId(Map<String, Long> modules, String titleStart) {
    return modules.entrySet().stream()
        .filter(e -> e.getKey().startsWith(titleStart))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no module " + titleStart + " in " + modules.keySet()));
  }
}
