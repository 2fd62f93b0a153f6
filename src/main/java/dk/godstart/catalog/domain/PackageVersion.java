package dk.godstart.catalog.domain;

import dk.godstart.catalog.domain.manifest.Manifest;
import dk.godstart.catalog.domain.manifest.ScormEdition;
import dk.godstart.people.domain.Account;
import jakarta.persistence.Basic;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded SCORM package of a module: its files (immutable, in the content store) and its
 * manifest as the import read it.
 */
@Entity
@Table(name = "package_version")
public class PackageVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private LearningModule module;

  @Column(nullable = false)
  private int number;

  @Column(name = "storage_key", nullable = false, length = 36)
  private String storageKey;

  @Column(name = "manifest_identifier", length = 255)
  private String manifestIdentifier;

  @Column(name = "manifest_title", nullable = false, length = 300)
  private String manifestTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "scorm_edition", nullable = false, length = 20)
  private ScormEdition edition;

  @Column(name = "sco_count", nullable = false)
  private int scoCount;

  @Column(name = "file_count", nullable = false)
  private long fileCount;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "manifest_json", nullable = false, columnDefinition = "LONGTEXT")
  private Manifest manifest;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "uploaded_by_id")
  private Account uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "upload_sha256", length = 64)
  private String uploadSha256;

  protected PackageVersion() {}

  PackageVersion(
      LearningModule module,
      int number,
      PackageContents contents,
      Manifest manifest,
      Account uploadedBy,
      Instant uploadedAt) {
    this.module = Objects.requireNonNull(module);
    this.number = number;
    this.storageKey = contents.storageKey();
    this.fileCount = contents.fileCount();
    this.sizeBytes = contents.sizeBytes();
    this.uploadSha256 = contents.sha256();
    this.manifest = Objects.requireNonNull(manifest);
    this.manifestIdentifier = manifest.identifier();
    this.manifestTitle = truncate(manifest.title(), 300);
    this.edition = manifest.edition();
    this.scoCount = manifest.scos().size();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  void retire(Instant at) {
    this.retiredAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public LearningModule module() {
    return module;
  }

  public int number() {
    return number;
  }

  public String storageKey() {
    return storageKey;
  }

  public ScormEdition edition() {
    return edition;
  }

  public Manifest manifest() {
    return manifest;
  }

  public String manifestTitle() {
    return manifestTitle;
  }

  public int scoCount() {
    return scoCount;
  }

  public long fileCount() {
    return fileCount;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Account uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Instant retiredAt() {
    return retiredAt;
  }
}
