package dk.godstart.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExitTargetTest {

  private static final String PLAYER = "http://localhost:8080/player/play.xhtml";

  @Test
  void aHireFinishingAModuleGoesToMinVejWhereverSheCameFrom() {
    assertEquals(
        "/enrollment/my-path.xhtml",
        ExitTarget.of(false, "", PLAYER, "http://localhost:8080/player/mine.xhtml"));
    assertEquals("/enrollment/my-path.xhtml", ExitTarget.of(false, "", PLAYER, null));
  }

  @Test
  void someonePreviewingGoesBackToThePageTheyCameFrom() {
    assertEquals(
        "/catalog/module.xhtml?id=3",
        ExitTarget.of(true, "", PLAYER, "http://localhost:8080/catalog/module.xhtml?id=3"));
    assertEquals(
        "/app/enrollment/path.xhtml?id=1",
        ExitTarget.of(
            true,
            "/app",
            "http://localhost:8080/app/player/play.xhtml",
            "http://localhost:8080/app/enrollment/path.xhtml?id=1"));
  }

  @Test
  void aPreviewFromNowhereOrFromAnotherSiteOrThePlayerItselfGoesToTheFrontPage() {
    assertEquals("/index.xhtml", ExitTarget.of(true, "", PLAYER, null));
    assertEquals("/index.xhtml", ExitTarget.of(true, "", PLAYER, "https://evil.example/x.xhtml"));
    assertEquals("/index.xhtml", ExitTarget.of(true, "", PLAYER, "http://localhost:9999/x"));
    assertEquals("/index.xhtml", ExitTarget.of(true, "", PLAYER, PLAYER + "?module=3"));
    assertEquals("/index.xhtml", ExitTarget.of(true, "", PLAYER, "not a url at all"));
    assertEquals(
        "/app/index.xhtml",
        ExitTarget.of(true, "/app", "http://localhost:8080/app/p", "http://localhost:8080/other"));
  }
}
