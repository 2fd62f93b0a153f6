package dk.godstart.catalog.application;

import dk.godstart.catalog.domain.ModuleDescription;
import dk.godstart.catalog.infrastructure.ContentStore;
import dk.godstart.catalog.infrastructure.ImportLimits;
import dk.godstart.catalog.infrastructure.LimitedInputStream;
import dk.godstart.catalog.infrastructure.PackageUnpacker;
import dk.godstart.catalog.infrastructure.UnpackOutcome;
import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.people.application.CurrentUser;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploading a SCORM package, as a new module or as a new version of one. The files are unpacked and
 * checked outside any database transaction, published into the content store, and only then
 * recorded; if recording fails the files go again. So either both the row and the files exist, or
 * neither does.
 */
@ApplicationScoped
public class ModuleImport {

  private static final Logger LOG = Logger.getLogger(ModuleImport.class.getName());

  @Inject CurrentUser currentUser;
  @Inject ContentStore store;
  @Inject ModuleCatalog catalog;

  @Inject
  @ConfigProperty(name = "godstart.upload.max-bytes", defaultValue = "1073741824")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "godstart.import.max-unpacked-bytes", defaultValue = "2147483648")
  long maxUnpackedBytes;

  /** Authors and administrators import packages; asked before an upload is read. */
  public void requireMayImport() {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
  }

  public ImportedVersion newModule(InputStream upload) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    long accountId = currentUser.getAccount().id();
    return importPackage(
        upload,
        (key, unpacked, sha256) -> {
          catalog.refuseSamePackage(sha256);
          return catalog.recordNewModule(key, unpacked, sha256, accountId, null);
        });
  }

  /**
   * Imports a package as a new, described module in the name of {@code uploaderId}: the embedded
   * demo's sample modules. Only the system caller may name the uploader.
   */
  public ImportedVersion seed(InputStream upload, long uploaderId, ModuleDescription description) {
    if (!currentUser.isSystem()) {
      throw new AccessDenied();
    }
    return importPackage(
        upload,
        (key, unpacked, sha256) ->
            catalog.recordNewModule(key, unpacked, sha256, uploaderId, description));
  }

  public ImportedVersion newVersion(long moduleId, InputStream upload) {
    currentUser.require(Role.AUTHOR, Role.ADMIN);
    catalog.requireModule(moduleId);
    long accountId = currentUser.getAccount().id();
    // A new version may repeat an earlier one's bytes: that is what "make it a new version" does.
    return importPackage(
        upload,
        (key, unpacked, sha256) ->
            catalog.recordNewVersion(moduleId, key, unpacked, sha256, accountId));
  }

  /** Unpacks and checks, publishes, records; on any failure leaves no files behind. */
  private ImportedVersion importPackage(InputStream upload, Recording recording) {
    String key = store.newKey();
    LimitedInputStream limited = new LimitedInputStream(upload, maxUploadBytes);
    UploadDigest digest = new UploadDigest(limited);
    UnpackOutcome outcome = unpacker().unpack(digest, store.incoming(key));
    // Whatever the unpacker left unread (after the central directory) belongs to the file too.
    digest.readToEnd();
    if (limited.exceeded()) {
      store.remove(key);
      throw new InvalidInput(
          "upload.too-large",
          List.of(Detail.of("upload.too-large", null, maxUploadBytes)),
          maxUploadBytes);
    }
    if (outcome instanceof UnpackOutcome.Rejected rejected) {
      store.remove(key);
      LOG.info("Package refused: " + rejected.problems().get(0).code());
      Detail first = rejected.problems().get(0);
      throw new InvalidInput(first.code(), rejected.problems(), first.args().toArray());
    }
    UnpackOutcome.Unpacked unpacked = (UnpackOutcome.Unpacked) outcome;
    try {
      store.publish(key);
      ImportedVersion imported = recording.record(key, unpacked, digest.hex());
      LOG.info(
          "Imported module "
              + imported.moduleId()
              + " version "
              + imported.version()
              + " ("
              + unpacked.fileCount()
              + " files)");
      return imported;
    } catch (RuntimeException e) {
      store.remove(key);
      throw e;
    }
  }

  private PackageUnpacker unpacker() {
    ImportLimits defaults = ImportLimits.defaults();
    return new PackageUnpacker(
        new ImportLimits(
            defaults.maxEntries(),
            maxUnpackedBytes,
            defaults.ratioThresholdBytes(),
            defaults.maxCompressionRatio(),
            defaults.maxManifestBytes()));
  }

  /** Writes the rows for an unpacked, published package, in one transaction. */
  @FunctionalInterface
  private interface Recording {
    ImportedVersion record(String key, UnpackOutcome.Unpacked unpacked, String sha256);
  }
}
