package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentCapabilityTest {

  private static final String KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";
  private static final ContentSigner SIGNER = new ContentSigner(filled(1));
  private static final long NOW = 1_800_000_000L;

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }

  private static String address() {
    return ContentCapability.forLearner(KEY, 42, NOW + 3600).path(SIGNER);
  }

  @Test
  void aSignedAddressOpensTheFilesOfItsPackage() {
    var result = ContentCapability.check(address() + "media/film.mp4", SIGNER, NOW);
    assertEquals(KEY, result.granted().orElseThrow().storageKey());
    assertEquals("media/film.mp4", result.granted().orElseThrow().file());
  }

  @Test
  void theAddressNamesTheLearnerOrThePreviewer() {
    assertTrue(address().startsWith("/" + KEY + "/l42/"));
    assertTrue(
        ContentCapability.forPreviewer(KEY, 7, NOW).path(SIGNER).startsWith("/" + KEY + "/p7/"));
  }

  @Test
  void anExpiredAddressIsRefused() {
    var result = ContentCapability.check(address() + "a.html", SIGNER, NOW + 3601);
    assertEquals(ContentCapability.Refusal.FORBIDDEN, result.refusal());
  }

  @Test
  void anotherKeyOrAnyChangedPartIsRefused() {
    assertEquals(
        ContentCapability.Refusal.FORBIDDEN,
        ContentCapability.check(address() + "a.html", new ContentSigner(filled(2)), NOW).refusal());
    String other = address().replace("/l42/", "/l43/");
    assertEquals(
        ContentCapability.Refusal.FORBIDDEN,
        ContentCapability.check(other + "a.html", SIGNER, NOW).refusal());
    String later = address().replace("/" + (NOW + 3600) + "/", "/" + (NOW + 99999) + "/");
    assertEquals(
        ContentCapability.Refusal.FORBIDDEN,
        ContentCapability.check(later + "a.html", SIGNER, NOW).refusal());
    String otherPackage = address().replace(KEY, "1f8fad5b-d9cb-469f-a165-70867728950e");
    assertEquals(
        ContentCapability.Refusal.FORBIDDEN,
        ContentCapability.check(otherPackage + "a.html", SIGNER, NOW).refusal());
  }

  @Test
  void pathsThatCouldLeaveThePackageOrNameADirectoryAreNotFound() {
    for (String file : new String[] {"../x", "a/../../b", "./a", "a//b", "dir/", "a\\b", ""}) {
      assertEquals(
          ContentCapability.Refusal.NOT_FOUND,
          ContentCapability.check(address() + file, SIGNER, NOW).refusal(),
          file);
    }
  }

  @Test
  void addressesWithoutARightAreRefused() {
    for (String path : new String[] {"/a.html", "/x/y/z/w/a.html", "/", ""}) {
      assertTrue(ContentCapability.check(path, SIGNER, NOW).granted().isEmpty(), path);
    }
  }
}
