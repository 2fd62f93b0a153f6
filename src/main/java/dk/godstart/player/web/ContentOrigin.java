package dk.godstart.player.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.godstart.player.domain.ContentCapability;
import dk.godstart.player.domain.ContentSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The content origin's requests: package files under a signed {@link ContentCapability}, and the
 * launcher's own files under {@code /_godstart/}. It knows no session and no database: it reads no
 * cookie, sets none, and decides from the signature and the clock alone. Every answer forbids
 * sniffing, sends no referrer on (the capability is in the address) and may be framed only by the
 * application and the content origin itself; no answer allows cross-origin reading (no CORS).
 */
final class ContentOrigin implements HttpHandler {

  static final String LAUNCHER_PREFIX = "/_godstart/";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final ContentSigner signer;
  private final BiFunction<String, String, Optional<Path>> files;
  private final LauncherFiles launcher;
  private final String frameAncestors;
  private final Clock clock;
  private final SmallFiles smallFiles = new SmallFiles();

  ContentOrigin(
      ContentSigner signer,
      BiFunction<String, String, Optional<Path>> files,
      LauncherFiles launcher,
      String appOrigin,
      Clock clock) {
    this.signer = signer;
    this.files = files;
    this.launcher = launcher;
    this.frameAncestors = "frame-ancestors 'self' " + appOrigin;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Headers headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Referrer-Policy", "no-referrer");
      headers.set("Content-Security-Policy", frameAncestors);
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        headers.set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path != null && path.startsWith(LAUNCHER_PREFIX)) {
        serveLauncher(exchange, path.substring(LAUNCHER_PREFIX.length()));
        return;
      }
      ContentCapability.Result result =
          ContentCapability.check(path, signer, clock.instant().getEpochSecond());
      if (result.granted().isEmpty()) {
        exchange.sendResponseHeaders(
            result.refusal() == ContentCapability.Refusal.FORBIDDEN ? 403 : 404, -1);
        return;
      }
      ContentCapability.Granted granted = result.granted().get();
      SmallFiles.Entry cached = smallFiles.get(granted);
      if (cached != null) {
        sendCached(exchange, cached);
        return;
      }
      Optional<Path> file = files.apply(granted.storageKey(), granted.file());
      if (file.isEmpty()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      sendFile(exchange, granted, file.get());
    }
  }

  private void serveLauncher(HttpExchange exchange, String name) throws IOException {
    Optional<LauncherFiles.File> file = launcher.file(name, exchange.getRequestURI().getQuery());
    if (file.isEmpty()) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", file.get().type());
    headers.set("ETag", file.get().etag());
    // Changes with each deployment: always revalidated, then answered 304.
    headers.set("Cache-Control", "no-cache");
    if (file.get().etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    sendBytes(exchange, 200, file.get().bytes());
  }

  private void sendFile(HttpExchange exchange, ContentCapability.Granted granted, Path file)
      throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis() / 1000 * 1000;
    String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
    String type = ContentTypes.of(file.getFileName().toString());
    if (size <= SmallFiles.LARGEST) {
      SmallFiles.Entry entry =
          new SmallFiles.Entry(
              Files.readAllBytes(file),
              etag,
              modified,
              HTTP_DATE.format(Instant.ofEpochMilli(modified)),
              type);
      smallFiles.put(granted, entry);
      sendCached(exchange, entry);
      return;
    }
    Headers request = exchange.getRequestHeaders();
    fileHeaders(exchange, etag, HTTP_DATE.format(Instant.ofEpochMilli(modified)), type);
    if (Conditional.notModified(
        request.getFirst("If-None-Match"), request.getFirst("If-Modified-Since"), etag, modified)) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    Headers headers = exchange.getResponseHeaders();
    ByteRange range =
        ByteRange.requested(request.getFirst("Range"), request.getFirst("If-Range"), etag, size);
    if (range == ByteRange.UNSATISFIABLE) {
      headers.set("Content-Range", "bytes */" + size);
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    int status = 200;
    if (range != null) {
      status = 206;
      headers.set("Content-Range", range.contentRange(size));
    }
    long start = range == null ? 0 : range.start();
    long length = range == null ? size : range.length();
    if ("HEAD".equals(exchange.getRequestMethod())) {
      headers.set("Content-Length", String.valueOf(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = exchange.getResponseBody()) {
      in.skipNBytes(start);
      copy(in, out, length);
    }
  }

  private static void fileHeaders(
      HttpExchange exchange, String etag, String lastModified, String type) {
    Headers headers = exchange.getResponseHeaders();
    headers.set("ETag", etag);
    headers.set("Last-Modified", lastModified);
    // A version's files never change; the address is the learner's own, so private.
    headers.set("Cache-Control", "private, max-age=31536000, immutable");
    headers.set("Accept-Ranges", "bytes");
    headers.set("Content-Type", type);
  }

  /** A small file from memory, with the same validation and ranges as one from disk. */
  private static void sendCached(HttpExchange exchange, SmallFiles.Entry entry) throws IOException {
    Headers request = exchange.getRequestHeaders();
    fileHeaders(exchange, entry.etag(), entry.lastModified(), entry.type());
    if (Conditional.notModified(
        request.getFirst("If-None-Match"),
        request.getFirst("If-Modified-Since"),
        entry.etag(),
        entry.modified())) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    byte[] bytes = entry.bytes();
    ByteRange range =
        ByteRange.requested(
            request.getFirst("Range"), request.getFirst("If-Range"), entry.etag(), bytes.length);
    if (range == ByteRange.UNSATISFIABLE) {
      exchange.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    if (range == null) {
      sendBytes(exchange, 200, bytes);
      return;
    }
    exchange.getResponseHeaders().set("Content-Range", range.contentRange(bytes.length));
    sendBytes(
        exchange,
        206,
        java.util.Arrays.copyOfRange(bytes, (int) range.start(), (int) range.end() + 1));
  }

  private static void sendBytes(HttpExchange exchange, int status, byte[] bytes)
      throws IOException {
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
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
}
