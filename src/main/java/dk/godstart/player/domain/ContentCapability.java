package dk.godstart.player.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The right to read one package version's files until a moment, given to one learner or previewer,
 * as the first path segments of every URL on the content origin: {@code /<storage
 * key>/<subject>/<expires>/<signature>/<file path>}. Because the right is part of the path, the
 * package's relative links carry it to every file; because it is signed, the content origin checks
 * it with the key alone (no database, no session, no cookie). The subject ({@code l<account id>}
 * for a learner, {@code p<account id>} for a previewer) says to whom it was given, so that a leaked
 * address can be traced and expires within hours.
 */
public record ContentCapability(String storageKey, String subject, long expires) {

  private static final Pattern STORAGE_KEY =
      Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
  private static final Pattern SUBJECT = Pattern.compile("[lp][0-9]{1,19}");
  private static final Pattern EXPIRES = Pattern.compile("[0-9]{1,12}");

  public static ContentCapability forLearner(String storageKey, long accountId, long expires) {
    return new ContentCapability(storageKey, "l" + accountId, expires);
  }

  public static ContentCapability forPreviewer(String storageKey, long accountId, long expires) {
    return new ContentCapability(storageKey, "p" + accountId, expires);
  }

  /** The path prefix that opens the package's files, ending with a slash. */
  public String path(ContentSigner signer) {
    return "/" + signed() + "/" + signer.sign(signed()) + "/";
  }

  private String signed() {
    return storageKey + "/" + subject + "/" + expires;
  }

  /** A file the request may read: the package's storage key and the file's relative path. */
  public record Granted(String storageKey, String file) {}

  /** Why a request gets nothing: no right at all (403), or no such file name (404). */
  public enum Refusal {
    FORBIDDEN,
    NOT_FOUND
  }

  /**
   * Checks a decoded request path against the signature and the clock: the file it may read, or why
   * not. Paths that could leave the package's directory are refused before any disk access.
   */
  public static Result check(String path, ContentSigner signer, long nowEpochSeconds) {
    if (path == null || !path.startsWith("/")) {
      return Result.refused(Refusal.NOT_FOUND);
    }
    String[] parts = path.substring(1).split("/", 5);
    if (parts.length < 4) {
      return Result.refused(Refusal.FORBIDDEN);
    }
    String key = parts[0];
    String subject = parts[1];
    String expires = parts[2];
    if (!STORAGE_KEY.matcher(key).matches()
        || !SUBJECT.matcher(subject).matches()
        || !EXPIRES.matcher(expires).matches()
        || !signer.verifies(key + "/" + subject + "/" + expires, parts[3])
        || Long.parseLong(expires) < nowEpochSeconds) {
      return Result.refused(Refusal.FORBIDDEN);
    }
    if (parts.length < 5 || !isPlainRelativePath(parts[4])) {
      return Result.refused(Refusal.NOT_FOUND);
    }
    return new Result(Optional.of(new Granted(key, parts[4])), null);
  }

  /** No empty, "." or ".." segment, no backslash or NUL, no directory. */
  static boolean isPlainRelativePath(String file) {
    if (file.isEmpty() || file.contains("\\") || file.contains("\0") || file.endsWith("/")) {
      return false;
    }
    for (String segment : file.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** Either a granted file or the refusal. */
  public record Result(Optional<Granted> granted, Refusal refusal) {
    static Result refused(Refusal refusal) {
      return new Result(Optional.empty(), refusal);
    }
  }
}
