package dk.godstart.catalog.web;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.application.ModuleSummary;
import dk.godstart.catalog.application.SamePackage;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.InvalidInput;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs {@code catalog/modules.xhtml} (Moduler): the module list and the upload of new ones. An
 * upload that is byte for byte a package a module already has is kept aside (a temporary file, for
 * as long as the page lives), so that the author can make it a new version of that module without
 * choosing the file again.
 */
@Named
@ViewScoped
public class ModulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleCatalog catalog;
  @Inject transient ModuleImport imports;

  private List<ModuleSummary> modules;

  /** The module that already has the uploaded file, with the file kept aside; else null. */
  private Same same;

  /** A module that already has the uploaded file (its title), and where the upload waits. */
  public record Same(long moduleId, String title, String version, String keptAt)
      implements Serializable {}

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

  public Same getSame() {
    return same;
  }

  /** "Gør til ny version af "Notatpligt"": the button names the module it would change. */
  public String getMakeVersionLabel() {
    if (same == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return new java.text.MessageFormat(
            faces.getApplication().getResourceBundle(faces, "msg").getString("catalog.makeVersion"),
            faces.getViewRoot().getLocale())
        .format(new Object[] {same.title()});
  }

  public void upload(FileUploadEvent event) throws IOException {
    problems.clear();
    forget();
    ImportedVersion imported;
    try (InputStream content = event.getFile().getInputStream()) {
      imported = imports.newModule(content);
    } catch (SamePackage existing) {
      keep(event, existing);
      return;
    } catch (InvalidInput | Conflict refused) {
      problems.show(refused, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return;
    }
    opened(imported);
  }

  /** The author's answer to "the same file": make it the next version of that module. */
  public void makeNewVersion() throws IOException {
    if (same == null) {
      return;
    }
    problems.clear();
    ImportedVersion imported;
    try (InputStream content = Files.newInputStream(Path.of(same.keptAt()))) {
      imported = imports.newVersion(same.moduleId(), content);
    } catch (InvalidInput | Conflict refused) {
      problems.show(refused, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return;
    } finally {
      forget();
    }
    opened(imported);
  }

  /** The author lets the upload go. */
  public void dismissSame() {
    forget();
  }

  private void keep(FileUploadEvent event, SamePackage existing) throws IOException {
    Path kept = Files.createTempFile("godstart-upload-", ".zip");
    try (InputStream again = event.getFile().getInputStream()) {
      Files.copy(again, kept, StandardCopyOption.REPLACE_EXISTING);
    }
    same =
        new Same(
            existing.moduleId(),
            existing.title(),
            String.valueOf(existing.args()[1]),
            kept.toString());
  }

  @PreDestroy
  void forget() {
    if (same != null) {
      try {
        Files.deleteIfExists(Path.of(same.keptAt()));
      } catch (IOException e) {
        // A temporary file; the operating system's clean-up takes it if we cannot.
      }
      same = null;
    }
  }

  private static void opened(ImportedVersion imported) throws IOException {
    ImportMessages.announce(FacesContext.getCurrentInstance(), imported);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect("module.xhtml?id=" + imported.moduleId());
  }
}
