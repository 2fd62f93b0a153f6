package dk.godstart.process.application;

import java.util.regex.Pattern;

/**
 * What a case system may send as a case reference: an opaque pseudonym at most. Anything that looks
 * like a CPR number (ddmmyy-xxxx, with or without the dash, alone or inside other text) or like a
 * name (words with spaces) is refused, so that no citizen's identity is ever stored.
 */
public final class CaseReferences {

  private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9._:/#-]{1,100}");
  private static final Pattern CPR_LIKE =
      Pattern.compile("(?<!\\d)(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])\\d{2}-?\\d{4}(?!\\d)");

  private CaseReferences() {}

  public static boolean looksLikeCpr(String text) {
    return text != null && CPR_LIKE.matcher(text).find();
  }

  public static boolean isOpaque(String text) {
    return text != null && OPAQUE.matcher(text).matches() && !looksLikeCpr(text);
  }
}
