package dk.godstart.player.infrastructure;

import dk.godstart.player.domain.ContentSigner;
import dk.godstart.player.domain.Signer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two keys of the player's capabilities: one signs content addresses (shared with a web server
 * that checks them itself), the other the launcher's attempt tokens (only this application knows
 * it), so a web server that knows the first cannot forge the second. A key comes from configuration
 * (Base64, at least 32 bytes) or, in the embedded default, is generated once into the data
 * directory, readable by its owner only, so that every instance sharing the directory agrees.
 */
@ApplicationScoped
public class SigningKeys {

  @Inject
  @ConfigProperty(name = "godstart.content.key")
  Optional<String> contentKey;

  @Inject
  @ConfigProperty(name = "godstart.attempt.key")
  Optional<String> attemptKey;

  @Inject
  @ConfigProperty(name = "godstart.data-dir")
  String dataDir;

  private ContentSigner content;
  private Signer attempts;

  @PostConstruct
  void load() {
    content = new ContentSigner(key(contentKey, "content.key"));
    attempts = new Signer(key(attemptKey, "attempt.key"));
  }

  public ContentSigner content() {
    return content;
  }

  public Signer attempts() {
    return attempts;
  }

  private byte[] key(Optional<String> configured, String fileName) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return Base64.getDecoder().decode(configured.get().strip());
    }
    return generatedKey(Path.of(dataDir, "keys", fileName));
  }

  /** Reads the key file, creating it first (owner read/write only) when there is none. */
  static byte[] generatedKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(
            file.getParent(),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path temporary =
            Files.createTempFile(
                file.getParent(),
                "key",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
            temporary,
            Base64.getEncoder().encodeToString(fresh),
            StandardCharsets.US_ASCII,
            StandardOpenOption.TRUNCATE_EXISTING);
        try {
          // Another instance may win the race: then its key is the one everybody uses.
          Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
          Files.delete(temporary);
        }
      }
      return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the key " + file, e);
    }
  }
}
