package dk.godstart.people.web;

import java.io.Serializable;
import java.util.Set;

/**
 * The caller kept in the HTTP session after a form sign-in. Serializable, so that sessions can move
 * between clustered instances.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  static final String SESSION_ATTRIBUTE = "dk.godstart.signedInCaller";

  SignedInCaller {
    groups = Set.copyOf(groups);
  }
}
