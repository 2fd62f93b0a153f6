package dk.godstart.people.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemCallerTest {

  private static SystemCaller withCaller(Principal principal) {
    SystemCaller system = new SystemCaller();
    system.security =
        new SecurityContext() {
          @Override
          public Principal getCallerPrincipal() {
            return principal;
          }

          @Override
          public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return Set.of();
          }

          @Override
          public boolean isCallerInRole(String role) {
            return false;
          }

          @Override
          public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
          }

          @Override
          public AuthenticationStatus authenticate(
              HttpServletRequest request,
              HttpServletResponse response,
              AuthenticationParameters parameters) {
            return AuthenticationStatus.SEND_FAILURE;
          }
        };
    return system;
  }

  @Test
  void theSystemActsOnlyForTheLengthOfTheCall() {
    SystemCaller system = withCaller(null);

    assertFalse(SystemCaller.isActive());
    assertEquals("done", system.call("test", () -> SystemCaller.isActive() ? "done" : "not"));
    assertFalse(SystemCaller.isActive());
  }

  @Test
  void theMarkIsGoneAfterTheWorkFailed() {
    SystemCaller system = withCaller(null);

    assertThrows(
        IllegalArgumentException.class,
        () ->
            system.run(
                "test",
                () -> {
                  throw new IllegalArgumentException("boom");
                }));
    assertFalse(SystemCaller.isActive());
  }

  @Test
  void aSignedInCallerCannotBorrowTheSystemsRights() {
    SystemCaller system = withCaller(() -> "nyansat");

    assertThrows(IllegalStateException.class, () -> system.run("escalate", () -> {}));
    assertFalse(SystemCaller.isActive());
  }

  @Test
  void nestedSystemWorkKeepsTheOuterMark() {
    SystemCaller system = withCaller(null);

    system.run(
        "outer",
        () -> {
          system.run("inner", () -> assertTrue(SystemCaller.isActive()));
          assertTrue(SystemCaller.isActive());
        });
    assertFalse(SystemCaller.isActive());
  }
}
