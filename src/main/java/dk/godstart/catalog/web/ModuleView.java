package dk.godstart.catalog.web;

import dk.godstart.catalog.application.ImportedVersion;
import dk.godstart.catalog.application.ModuleCatalog;
import dk.godstart.catalog.application.ModuleDetails;
import dk.godstart.catalog.application.ModuleImport;
import dk.godstart.catalog.application.OutlineNode;
import dk.godstart.catalog.domain.Competence;
import dk.godstart.catalog.domain.ModuleDescription;
import dk.godstart.catalog.domain.ModuleKind;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backs {@code catalog/module.xhtml}: a module's description, its package's organisation as a tree,
 * its versions, and the upload of a new version.
 */
@Named
@ViewScoped
public class ModuleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleCatalog catalog;
  @Inject transient ModuleImport imports;

  private long id;
  private ModuleDetails details;
  private TreeNode<OutlineNode> outline;
  private String title;
  private String description;
  private ModuleKind kind;
  private Competence competence;
  // An array, not a list: Faces converts the checkboxes' values by the array's element type.
  private Competence[] tags = new Competence[0];
  private Integer estimatedMinutes;

  /** Loads the module named by the {@code id} view parameter. */
  public void load() {
    details = catalog.details(id);
    ModuleDescription current = details.description();
    title = current.title();
    description = current.description();
    kind = current.kind();
    competence = current.competence();
    estimatedMinutes = current.estimatedMinutes();
    tags = catalog.competences(id).toArray(Competence[]::new);
    outline = new DefaultTreeNode<>(null, null);
    details.outline().forEach(node -> addNode(node, outline));
  }

  private static void addNode(OutlineNode node, TreeNode<OutlineNode> parent) {
    TreeNode<OutlineNode> treeNode = new DefaultTreeNode<>(node.type().name(), node, parent);
    treeNode.setExpanded(true);
    node.children().forEach(child -> addNode(child, treeNode));
  }

  public void save() {
    catalog.describe(
        id, new ModuleDescription(title, description, kind, competence, estimatedMinutes));
    java.util.Set<Competence> chosen = java.util.EnumSet.noneOf(Competence.class);
    chosen.addAll(java.util.Arrays.asList(tags));
    if (competence != null) {
      chosen.add(competence);
    }
    catalog.tag(id, chosen);
    load();
    info("catalog.saved");
  }

  public void retire(long versionId) {
    catalog.retire(id, versionId);
    load();
    info("catalog.retired");
  }

  private final PackageProblems problems = new PackageProblems();

  public PackageProblems getProblems() {
    return problems;
  }

  public void uploadVersion(FileUploadEvent event) throws IOException {
    problems.clear();
    ImportedVersion imported;
    try (InputStream content = event.getFile().getInputStream()) {
      imported = imports.newVersion(id, content);
    } catch (InvalidInput | Conflict refused) {
      problems.show(refused, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return;
    }
    ImportMessages.announce(FacesContext.getCurrentInstance(), imported);
    FacesContext.getCurrentInstance().getExternalContext().redirect("module.xhtml?id=" + id);
  }

  private static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  public List<ModuleKind> getKinds() {
    return List.of(ModuleKind.values());
  }

  public List<Competence> getCompetences() {
    return List.of(Competence.values());
  }

  public ModuleDetails getDetails() {
    return details;
  }

  public TreeNode<OutlineNode> getOutline() {
    return outline;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ModuleKind getKind() {
    return kind;
  }

  public void setKind(ModuleKind kind) {
    this.kind = kind;
  }

  public Competence[] getTags() {
    return tags;
  }

  public void setTags(Competence[] tags) {
    this.tags = tags == null ? new Competence[0] : tags;
  }

  public Competence getCompetence() {
    return competence;
  }

  public void setCompetence(Competence competence) {
    this.competence = competence;
  }

  public Integer getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public void setEstimatedMinutes(Integer estimatedMinutes) {
    this.estimatedMinutes = estimatedMinutes;
  }
}
