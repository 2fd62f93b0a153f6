package dk.godstart.catalog.application;

import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.Detail;
import java.util.List;

/**
 * The uploaded zip is byte for byte a version that a module already has: a second module with the
 * same title would only confuse. The API answers 409 with the module in the detail's location
 * ({@code modules/<id>}); the Moduler page offers to make the upload a new version of it.
 */
public class SamePackage extends Conflict {

  private static final long serialVersionUID = 1L;

  static final String CODE = "module.same-package";

  private final long moduleId;
  private final String title;

  SamePackage(long moduleId, String title, int version) {
    super(
        CODE,
        List.of(Detail.of(CODE, "modules/" + moduleId, title, String.valueOf(version))),
        title,
        String.valueOf(version));
    this.moduleId = moduleId;
    this.title = title;
  }

  public long moduleId() {
    return moduleId;
  }

  public String title() {
    return title;
  }
}
