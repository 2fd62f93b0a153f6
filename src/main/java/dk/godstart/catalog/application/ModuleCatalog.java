package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.LearningModule;
import dk.godstart.catalog.domain.ModuleDescription;
import dk.godstart.catalog.domain.PackageContents;
import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.catalog.infrastructure.UnpackOutcome;
import dk.godstart.kernel.NotFound;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Account;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The modules and their versions: recording imports, reading, describing and retiring. */
@ApplicationScoped
@Transactional
public class ModuleCatalog {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;

  /**
   * Records a checked, published package as a new module, optionally with its description. Only
   * {@link ModuleImport} calls it, after its own checks of who is uploading.
   */
  public ImportedVersion recordNewModule(
      String key,
      UnpackOutcome.Unpacked unpacked,
      String sha256,
      long accountId,
      ModuleDescription description) {
    Account author = em.getReference(Account.class, accountId);
    LearningModule module =
        new LearningModule(unpacked.manifest().title(), author, clock.instant());
    if (description != null) {
      module.describe(description);
    }
    em.persist(module);
    return record(module, key, unpacked, sha256, author);
  }

  /**
   * Refuses an upload that is byte for byte a version a module already has (see {@link
   * SamePackage}); the newest such version names the module.
   */
  public void refuseSamePackage(String sha256) {
    em.createQuery(
            "select v from PackageVersion v where v.uploadSha256 = :sha order by v.uploadedAt desc",
            PackageVersion.class)
        .setParameter("sha", sha256)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            v -> {
              throw new SamePackage(v.module().id(), v.module().title(), v.number());
            });
  }

  /** Records a checked, published package as the next version of a module (for ModuleImport). */
  public ImportedVersion recordNewVersion(
      long moduleId, String key, UnpackOutcome.Unpacked unpacked, String sha256, long accountId) {
    return record(
        module(moduleId), key, unpacked, sha256, em.getReference(Account.class, accountId));
  }

  private ImportedVersion record(
      LearningModule module,
      String key,
      UnpackOutcome.Unpacked unpacked,
      String sha256,
      Account author) {
    PackageVersion version =
        module.addVersion(
            new PackageContents(key, unpacked.fileCount(), unpacked.totalBytes(), sha256),
            unpacked.manifest(),
            author,
            clock.instant());
    em.persist(version);
    em.flush();
    return ImportedVersion.of(version, unpacked.notes());
  }

  public void requireModule(long moduleId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    module(moduleId);
  }

  public List<ModuleSummary> list() {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    return em.createQuery(
            "select new dk.godstart.catalog.application.ModuleSummary(m.id, m.title, m.kind,"
                + " m.competence, v.edition, v.number, v.id, v.sizeBytes, u.displayName,"
                + " v.uploadedAt, v.scoCount)"
                + " from PackageVersion v join v.module m left join v.uploadedBy u"
                + " where v.retiredAt is null and v.number = (select max(w.number) from"
                + " PackageVersion w where w.module = m and w.retiredAt is null)"
                + " order by m.title",
            ModuleSummary.class)
        .getResultList();
  }

  public ModuleDetails details(long moduleId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    LearningModule module = module(moduleId);
    Optional<PackageVersion> current = module.currentVersion();
    List<ModuleDetails.VersionSummary> versions =
        module.versions().stream()
            .map(
                v ->
                    ModuleDetails.VersionSummary.of(
                        v, current.map(c -> c.id().equals(v.id())).orElse(false)))
            .toList();
    return new ModuleDetails(
        module.id(),
        module.description(),
        current.map(v -> ModuleDetails.VersionSummary.of(v, true)).orElse(null),
        current.map(v -> OutlineNode.of(v.manifest())).orElse(List.of()),
        versions);
  }

  public void describe(long moduleId, ModuleDescription description) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    module(moduleId).describe(description);
  }

  /** The practice competences the module builds (several may apply). */
  public java.util.Set<dk.godstart.catalog.domain.Competence> competences(long moduleId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    return module(moduleId).competences();
  }

  /** Authors tag a module with the practice competences it builds. */
  public void tag(long moduleId, java.util.Set<dk.godstart.catalog.domain.Competence> tags) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    module(moduleId).tag(tags);
  }

  public void retire(long moduleId, long versionId) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    module(moduleId).retire(versionId, clock.instant());
  }

  /** The modules with a version in use, as id to title, for choosing one (e.g. to release it). */
  public java.util.Map<Long, String> availableModules() {
    java.util.Map<Long, String> modules = new java.util.LinkedHashMap<>();
    em.createQuery(
            "select distinct m.id, m.title from PackageVersion v join v.module m"
                + " where v.retiredAt is null order by m.title",
            Object[].class)
        .getResultStream()
        .forEach(row -> modules.put((Long) row[0], (String) row[1]));
    return modules;
  }

  /** The storage keys of all versions, for sweeping the content store at start-up. */
  public Set<String> storageKeys() {
    return new HashSet<>(
        em.createQuery("select v.storageKey from PackageVersion v", String.class).getResultList());
  }

  private LearningModule module(long moduleId) {
    LearningModule module = em.find(LearningModule.class, moduleId);
    if (module == null) {
      throw new NotFound("module.not-found");
    }
    return module;
  }
}
