package dk.godstart.player.web;

/** {@code /{versionId}/{file path}} of a content request, or null when it is not one. */
record ContentPath(long versionId, String file) {

  static ContentPath parse(String pathInfo) {
    if (pathInfo == null || pathInfo.length() < 4) {
      return null;
    }
    int slash = pathInfo.indexOf('/', 1);
    if (slash < 0 || slash == pathInfo.length() - 1) {
      return null;
    }
    long versionId;
    try {
      versionId = Long.parseLong(pathInfo.substring(1, slash));
    } catch (NumberFormatException e) {
      return null;
    }
    String file = pathInfo.substring(slash + 1);
    if (file.contains("\\") || file.contains("\0") || file.endsWith("/")) {
      return null;
    }
    for (String segment : file.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return null;
      }
    }
    return new ContentPath(versionId, file);
  }
}
