package dk.godstart.player.web;

import dk.godstart.catalog.infrastructure.ContentStore;
import dk.godstart.player.application.ContentAccess;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;

/**
 * {@code /content/{versionId}/{path}}: the files of a package version, after an authorisation
 * check. A version's files never change, so they are cached long (privately: they are not public),
 * validated by ETag and Last-Modified, and served in byte ranges for media. Files are streamed,
 * never read into memory.
 */
@WebServlet("/content/*")
public class ContentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String GRANTS = "dk.godstart.contentGrants";

  @Inject transient ContentAccess access;
  @Inject transient ContentStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ContentPath path = ContentPath.parse(request.getPathInfo());
    if (path == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<String> key = storageKey(request, path.versionId());
    if (key.isEmpty()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Optional<Path> file = store.file(key.get(), path.file());
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(file.get(), request, response);
  }

  private void send(Path file, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long size = Files.size(file);
    long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
    String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", modified);
    response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Accept-Ranges", "bytes");
    response.setContentType(ContentTypes.of(file.getFileName().toString(), getServletContext()));
    if (Conditional.notModified(request, etag, modified)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    ByteRange range = ByteRange.requested(request, etag, size);
    if (range == ByteRange.UNSATISFIABLE) {
      response.setHeader("Content-Range", "bytes */" + size);
      response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      return;
    }
    if (range != null) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader("Content-Range", range.contentRange(size));
    }
    long start = range == null ? 0 : range.start();
    long length = range == null ? size : range.length();
    response.setContentLengthLong(length);
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = response.getOutputStream()) {
      in.skipNBytes(start);
      copy(in, out, length);
    }
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long remaining = length;
    while (remaining > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
      if (n < 0) {
        break;
      }
      out.write(buffer, 0, n);
      remaining -= n;
    }
  }

  /**
   * The version's storage key if the caller may read it. A grant is remembered in the session: a
   * page loads many files, and access to a version, once given, is not taken back.
   */
  @SuppressWarnings("unchecked")
  private Optional<String> storageKey(HttpServletRequest request, long versionId) {
    HttpSession session = request.getSession(false);
    HashMap<Long, String> grants =
        session == null ? null : (HashMap<Long, String>) session.getAttribute(GRANTS);
    if (grants != null && grants.containsKey(versionId)) {
      return Optional.of(grants.get(versionId));
    }
    Optional<String> key = access.readableStorageKey(versionId);
    if (key.isPresent() && session != null) {
      HashMap<Long, String> updated = grants == null ? new HashMap<>() : new HashMap<>(grants);
      updated.put(versionId, key.get());
      session.setAttribute(GRANTS, updated);
    }
    return key;
  }
}
