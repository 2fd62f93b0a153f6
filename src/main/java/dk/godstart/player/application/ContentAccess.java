package dk.godstart.player.application;

import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Who may read a package version's files: a hire with an attempt on that version, or whose module
 * is open to them and for whom it is the current version; whoever may preview the module ({@link
 * ModuleAccess#mayPreview}). Nobody else.
 */
@ApplicationScoped
@Transactional
public class ContentAccess {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject ModuleAccess moduleAccess;

  /** The version's storage key when the caller may read its files; empty otherwise. */
  public Optional<String> readableStorageKey(long versionId) {
    PackageVersion version = em.find(PackageVersion.class, versionId);
    if (version == null || !currentUser.isSignedIn()) {
      return Optional.empty();
    }
    long learner = currentUser.getAccount().id();
    if (moduleAccess.mayPreview(learner, version.module().id())) {
      return Optional.of(version.storageKey());
    }
    if (!currentUser.has(Role.HIRE)) {
      return Optional.empty();
    }
    boolean hasAttempt =
        !em.createQuery(
                "select a.id from Attempt a where a.learner.id = :learner and a.version.id = :v",
                Long.class)
            .setParameter("learner", learner)
            .setParameter("v", versionId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    boolean openAndCurrent =
        moduleAccess.isOpen(learner, version.module().id())
            && version.module().currentVersion().map(v -> v.id().equals(versionId)).orElse(false);
    return hasAttempt || openAndCurrent ? Optional.of(version.storageKey()) : Optional.empty();
  }
}
