package dk.godstart.process.domain;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an author says about a step: a code that case systems send (lower case letters, digits and
 * dashes), a name, a short description and its phase.
 */
public record StepDefinition(String code, String name, String description, Phase phase) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  public StepDefinition {
    List<Detail> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      problems.add(Detail.of("step.code-invalid", "code"));
    }
    if (name == null || name.isBlank()) {
      problems.add(Detail.of("field.required", "name"));
    }
    if (phase == null) {
      problems.add(Detail.of("field.required", "phase"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput("invalid-input", problems);
    }
    code = code.strip();
    name = name.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }
}
