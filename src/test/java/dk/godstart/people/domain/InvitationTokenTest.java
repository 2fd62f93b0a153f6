package dk.godstart.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

  @Test
  void aTokenIs256RandomBitsInUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String token = InvitationToken.generate();
      assertTrue(InvitationToken.hasTheForm(token), token);
      assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
      seen.add(token);
    }
    assertEquals(100, seen.size(), "no token repeats");
  }

  @Test
  void onlyTheHashIsKeptAndItIsNotTheToken() {
    String token = InvitationToken.generate();
    String hash = InvitationToken.hash(token);

    assertEquals(64, hash.length());
    assertNotEquals(token, hash);
    assertEquals(hash, InvitationToken.hash(token));
    assertNotEquals(hash, InvitationToken.hash(InvitationToken.generate()));
  }

  @Test
  void junkIsNotATokenAndNeverLookedUp() {
    assertFalse(InvitationToken.hasTheForm(null));
    assertFalse(InvitationToken.hasTheForm(""));
    assertFalse(InvitationToken.hasTheForm("abc"));
    assertFalse(InvitationToken.hasTheForm("' or 1=1 --" + "x".repeat(32)));
    assertFalse(InvitationToken.hasTheForm(InvitationToken.generate() + "x"));
  }
}
