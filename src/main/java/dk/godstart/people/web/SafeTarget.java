package dk.godstart.people.web;

/**
 * Where to go after signing in. Only a path inside this application is accepted, so that the
 * sign-in page cannot be used to send people to another site.
 */
final class SafeTarget {

  static final String HOME = "/index.xhtml";

  private SafeTarget() {}

  static String of(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith(GodstartAuthenticationMechanism.SIGN_IN_PAGE)
        || next.chars().anyMatch(Character::isISOControl)) {
      return HOME;
    }
    return next;
  }
}
