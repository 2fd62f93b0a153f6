package dk.godstart.catalog.web;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.application.ModuleSummary;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.InvalidInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** Backs {@code catalog/modules.xhtml} (Moduler): the module list and the upload of new ones. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleCatalog catalog;
  @Inject transient ModuleImport imports;

  private List<ModuleSummary> modules;

  public List<ModuleSummary> getModules() {
    if (modules == null) {
      modules = catalog.list();
    }
    return modules;
  }

  private final PackageProblems problems = new PackageProblems();

  public PackageProblems getProblems() {
    return problems;
  }

  public void upload(FileUploadEvent event) throws IOException {
    problems.clear();
    ImportedVersion imported;
    try (InputStream content = event.getFile().getInputStream()) {
      imported = imports.newModule(content);
    } catch (InvalidInput | Conflict refused) {
      problems.show(refused, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return;
    }
    ImportMessages.announce(FacesContext.getCurrentInstance(), imported);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect("module.xhtml?id=" + imported.moduleId());
  }
}
