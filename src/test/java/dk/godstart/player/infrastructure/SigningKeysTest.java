package dk.godstart.player.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @Test
  void aMissingKeyIsGeneratedOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
    Path file = data.resolve("keys").resolve("content.key");
    byte[] first = SigningKeys.generatedKey(file);
    byte[] again = SigningKeys.generatedKey(file);

    assertEquals(32, first.length);
    assertArrayEquals(first, again);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
  }
}
