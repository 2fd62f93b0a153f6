package dk.godstart.people.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTargetTest {

  @ParameterizedTest
  @ValueSource(strings = {"/index.xhtml", "/admin/api-tokens.xhtml", "/player/?module=3"})
  void pathsInsideTheApplicationAreKept(String next) {
    assertEquals(next, SafeTarget.of(next));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "index.xhtml",
        "/signin.xhtml?next=/x",
        "/index.xhtml\r\nSet-Cookie: x=y"
      })
  void anythingElseGoesHome(String next) {
    assertEquals(SafeTarget.HOME, SafeTarget.of(next));
  }

  @org.junit.jupiter.api.Test
  void noTargetGoesHome() {
    assertEquals(SafeTarget.HOME, SafeTarget.of(null));
  }
}
