package dk.godstart.player.application;

import dk.godstart.catalog.domain.PackageVersion;
import dk.godstart.kernel.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Package facts by version. A version's manifest never changes, so what is read from it once holds
 * for good, on every instance; the cache only saves parsing the manifest's JSON on every commit. It
 * is bounded so that a server with many versions does not grow without end.
 */
@ApplicationScoped
public class PackageFactsCache {

  private static final int MAX_VERSIONS = 500;

  private final Map<Long, PackageFacts> facts = new ConcurrentHashMap<>();

  @PersistenceContext EntityManager em;

  /** The facts of a version by its id: the version is read only the first time. */
  public PackageFacts of(long versionId) {
    PackageFacts known = facts.get(versionId);
    if (known != null) {
      return known;
    }
    PackageVersion version = em.find(PackageVersion.class, versionId);
    if (version == null) {
      throw new NotFound("attempt.not-found");
    }
    return of(version);
  }

  public PackageFacts of(PackageVersion version) {
    PackageFacts known = facts.get(version.id());
    if (known != null) {
      return known;
    }
    if (facts.size() >= MAX_VERSIONS) {
      facts.clear();
    }
    PackageFacts read = PackageFacts.of(version.id(), version.manifest());
    facts.put(version.id(), read);
    return read;
  }
}
