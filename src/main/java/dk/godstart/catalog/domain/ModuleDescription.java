package dk.godstart.catalog.domain;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * What an author tells about a module. Checked on creation, so a module never holds a blank title
 * or an absurd duration.
 */
public record ModuleDescription(
    String title,
    String description,
    ModuleKind kind,
    Competence competence,
    Integer estimatedMinutes) {

  public ModuleDescription {
    List<Detail> problems = new ArrayList<>();
    if (title == null || title.isBlank()) {
      problems.add(Detail.of("field.required", "title"));
    } else if (title.strip().length() > 300) {
      problems.add(Detail.of("field.too-long", "title", 300));
    }
    if (description != null && description.length() > 5000) {
      problems.add(Detail.of("field.too-long", "description", 5000));
    }
    if (estimatedMinutes != null && (estimatedMinutes < 1 || estimatedMinutes > 600)) {
      problems.add(Detail.of("field.between", "estimatedMinutes", 1, 600));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    title = title.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }
}
