package dk.godstart.catalog.domain;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.domain.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning module: what authors describe and hires take. Its content comes in numbered package
 * versions; the current version is the newest one that is not retired. Attempts stay on the version
 * they started with, so versions are retired, never deleted.
 */
@Entity
@Table(name = "learning_module")
public class LearningModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(columnDefinition = "TEXT")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ModuleKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Competence competence;

  @Column(name = "estimated_minutes")
  private Integer estimatedMinutes;

  /**
   * Every practice competence the module builds (its tags). The single {@code competence} above is
   * the main one, shown in lists, and is always among the tags.
   */
  @jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
  @jakarta.persistence.CollectionTable(
      name = "module_competence",
      joinColumns = @JoinColumn(name = "module_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "competence", length = 20)
  private java.util.Set<Competence> competences = new java.util.HashSet<>();

  @OneToMany(mappedBy = "module", cascade = CascadeType.PERSIST)
  @OrderBy("number DESC")
  private List<PackageVersion> versions = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private Account createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LearningModule() {}

  /** A new module whose title defaults to the title its first package's manifest gives. */
  public LearningModule(String title, Account createdBy, Instant createdAt) {
    this.title = Objects.requireNonNull(title);
    this.createdBy = createdBy;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Adds the next version; being the newest, it becomes the current one. */
  public PackageVersion addVersion(
      PackageContents contents, Manifest manifest, Account uploadedBy, Instant uploadedAt) {
    int number = versions.stream().mapToInt(PackageVersion::number).max().orElse(0) + 1;
    PackageVersion version =
        new PackageVersion(this, number, contents, manifest, uploadedBy, uploadedAt);
    versions.add(0, version);
    return version;
  }

  public void describe(ModuleDescription description) {
    this.title = description.title();
    this.description = description.description();
    this.kind = description.kind();
    this.competence = description.competence();
    this.estimatedMinutes = description.estimatedMinutes();
    if (competence != null) {
      competences.add(competence);
    }
  }

  /**
   * Tags the module with the competences it builds. The main competence stays if it is among them;
   * otherwise the first tag (in the competences' order) becomes the main one, or none.
   */
  public void tag(java.util.Set<Competence> tags) {
    competences.clear();
    competences.addAll(tags);
    if (competence == null || !tags.contains(competence)) {
      competence = tags.stream().sorted().findFirst().orElse(null);
    }
  }

  public java.util.Set<Competence> competences() {
    return competences.isEmpty()
        ? java.util.EnumSet.noneOf(Competence.class)
        : java.util.EnumSet.copyOf(competences);
  }

  /**
   * Retires a version: no new attempts start on it. The last version in use cannot be retired, or
   * the module would have nothing to offer.
   */
  public void retire(long versionId, Instant at) {
    PackageVersion version = version(versionId);
    if (version.isRetired()) {
      return;
    }
    if (versions.stream().filter(v -> !v.isRetired()).count() == 1) {
      throw new Conflict("module.last-version");
    }
    version.retire(at);
  }

  public Optional<PackageVersion> currentVersion() {
    return versions.stream()
        .filter(v -> !v.isRetired())
        .max(Comparator.comparingInt(PackageVersion::number));
  }

  public PackageVersion version(long versionId) {
    return versions.stream()
        .filter(v -> v.id() != null && v.id() == versionId)
        .findFirst()
        .orElseThrow(() -> new NotFound("version.not-found"));
  }

  public ModuleDescription description() {
    return new ModuleDescription(title, description, kind, competence, estimatedMinutes);
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public List<PackageVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
