package dk.godstart.player;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dk.godstart.player.domain.ContentCapability;
import dk.godstart.player.domain.ContentSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production content origin: the very nginx configuration of {@code docker/nginx/} (only its
 * port changed) run by Debian's nginx with its JavaScript module, checking addresses that {@link
 * ContentCapability} signed. It must serve a package's files under a valid address and nothing
 * under a bad or expired one, and no cookie may be set or passed on. Needs Debian's {@code nginx}
 * (or {@code nginx-light}) and {@code libnginx-mod-http-js}; {@code .ci/run} installs them.
 */
class NginxContentOriginTest {

  private static final Path NGINX = Path.of("/usr/sbin/nginx");
  private static final Path NJS = Path.of("/usr/lib/nginx/modules/ngx_http_js_module.so");
  private static final Path CONFIG = Path.of("docker/nginx");
  private static final String APPLICATION = "https://godstart.example";
  private static final String PACKAGE = "0f8fad5b-d9cb-469f-a165-70867728950e";
  private static final String OTHER_PACKAGE = "1f8fad5b-d9cb-469f-a165-70867728950e";
  private static final byte[] SCRIPT = new byte[10_240];
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TempDir static Path work;
  private static ContentSigner signer;
  private static Process nginx;
  private static HttpServer launcher;
  private static final List<String> cookiesAtTheLauncher = new ArrayList<>();
  private static String origin;

  @BeforeAll
  static void nginxServesAContentStore() throws Exception {
    assertTrue(
        Files.isExecutable(NGINX) && Files.exists(NJS),
        "this test runs docker/nginx/nginx.conf: apt-get install nginx-light libnginx-mod-http-js");
    byte[] key = new byte[32];
    new Random(7).nextBytes(key);
    signer = new ContentSigner(key);
    for (int i = 0; i < SCRIPT.length; i++) {
      SCRIPT[i] = (byte) ('a' + i % 26);
    }
    Path packages = Files.createDirectories(work.resolve("content/packages"));
    Path ours = Files.createDirectories(packages.resolve(PACKAGE).resolve("js"));
    Files.write(ours.resolve("app.js"), SCRIPT);
    Files.writeString(ours.getParent().resolve("mit kapitel.html"), "<p>kapitel</p>");
    Files.createDirectories(ours.getParent().resolve("dir"));
    Files.writeString(
        Files.createDirectories(packages.resolve(OTHER_PACKAGE)).resolve("secret.html"), "secret");

    launcher = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    launcher.createContext(
        "/_godstart/",
        exchange -> {
          synchronized (cookiesAtTheLauncher) {
            cookiesAtTheLauncher.addAll(
                exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
          }
          byte[] body = "launcher".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=leak; Path=/");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    launcher.start();

    int port = freePort();
    origin = "http://127.0.0.1:" + port;
    Path conf = Files.createDirectories(work.resolve("conf"));
    String config = Files.readString(CONFIG.resolve("nginx.conf"));
    assertTrue(config.contains("listen 8082;"), "the production config listens on 8082");
    Files.writeString(
        conf.resolve("nginx.conf"),
        config.replace("listen 8082;", "listen 127.0.0.1:" + port + ";"));
    Files.copy(CONFIG.resolve("capability.js"), conf.resolve("capability.js"));
    ProcessBuilder start =
        new ProcessBuilder(
            NGINX.toString(),
            "-c",
            conf.resolve("nginx.conf").toString(),
            "-p",
            work.toString(),
            "-g",
            "daemon off; user root; pid "
                + work.resolve("nginx.pid")
                + "; error_log "
                + work.resolve("error.log")
                + ";");
    Map<String, String> environment = start.environment();
    environment.put("GODSTART_CONTENT_DIR", work.resolve("content").toString());
    environment.put("GODSTART_CONTENT_KEY", Base64.getEncoder().encodeToString(key));
    environment.put("GODSTART_ORIGIN", APPLICATION);
    environment.put(
        "GODSTART_LAUNCHER_UPSTREAM", "http://127.0.0.1:" + launcher.getAddress().getPort());
    nginx =
        start.redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
    awaitListening(port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(int port) throws Exception {
    Instant until = Instant.now().plusSeconds(15);
    while (Instant.now().isBefore(until)) {
      if (!nginx.isAlive()) {
        fail("nginx did not start: " + Files.readString(work.resolve("nginx.out")));
      }
      try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    fail("nginx did not listen on " + port);
  }

  @AfterAll
  static void stop() {
    if (nginx != null) {
      nginx.destroy();
    }
    if (launcher != null) {
      launcher.stop(0);
    }
  }

  private static String address(long expires) {
    return ContentCapability.forLearner(PACKAGE, 42, expires).path(signer);
  }

  private static String valid() {
    return address(Instant.now().getEpochSecond() + 3600);
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertHardened(HttpResponse<byte[]> response) {
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals(
        "frame-ancestors 'self' " + APPLICATION,
        response.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void aSignedAddressServesThePackagesFileWithItsTypeAndTheHardeningHeaders() throws Exception {
    var response = get(valid() + "js/app.js", "Cookie", "JSESSIONID=abc");
    assertEquals(200, response.statusCode());
    assertArrayEquals(SCRIPT, response.body());
    assertEquals(
        "text/javascript; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    assertHardened(response);
    var html = get(valid() + "mit%20kapitel.html");
    assertEquals(200, html.statusCode());
    assertEquals("text/html; charset=utf-8", html.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void rangesAndRevalidationWork() throws Exception {
    var part = get(valid() + "js/app.js", "Range", "bytes=100-199");
    assertEquals(206, part.statusCode());
    assertEquals(100, part.body().length);
    assertEquals(SCRIPT[100], part.body()[0]);
    String etag = get(valid() + "js/app.js").headers().firstValue("ETag").orElseThrow();
    var again = get(valid() + "js/app.js", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
  }

  @Test
  void anExpiredAddressIsForbidden() throws Exception {
    var response = get(address(Instant.now().getEpochSecond() - 1) + "js/app.js");
    assertEquals(403, response.statusCode());
    assertHardened(response);
  }

  @Test
  void anAddressWithABadSignatureOrAChangedPartIsForbidden() throws Exception {
    String good = valid();
    String[] parts = good.split("/");
    String signature = parts[4];
    String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    long later = Instant.now().getEpochSecond() + 99_999;
    List<String> bad =
        List.of(
            good.replace(signature, flipped),
            good.replace("/" + parts[3] + "/", "/" + later + "/"),
            good.replace("/l42/", "/l43/"),
            good.replace("/l42/", "/p42/"),
            good.replace(PACKAGE, OTHER_PACKAGE),
            ContentCapability.forLearner(PACKAGE, 42, later).path(new ContentSigner(new byte[32])),
            "/" + PACKAGE + "/l42/" + parts[3] + "/",
            "/" + PACKAGE + "/");
    for (String address : bad) {
      var response = get(address + "js/app.js");
      assertEquals(403, response.statusCode(), address);
      assertHardened(response);
    }
    assertEquals(403, get("/js/app.js").statusCode());
    assertEquals(403, get("/").statusCode());
  }

  @Test
  void aValidAddressOpensNothingOutsideItsPackage() throws Exception {
    String good = valid();
    for (String path :
        new String[] {
          "../../../../" + OTHER_PACKAGE + "/secret.html",
          "..%2F..%2F..%2F..%2F..%2F" + OTHER_PACKAGE + "%2Fsecret.html",
          "dir/",
          "dir",
          "nothing.html"
        }) {
      var response = get(good + path);
      assertNotEquals(200, response.statusCode(), path);
      assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("secret"), path);
    }
  }

  @Test
  void cookiesAreNeitherSetNorPassedOnToTheLauncher() throws Exception {
    var response = get("/_godstart/launcher.html", "Cookie", "JSESSIONID=abc");
    assertEquals(200, response.statusCode());
    assertEquals("launcher", new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
    synchronized (cookiesAtTheLauncher) {
      assertTrue(cookiesAtTheLauncher.isEmpty(), cookiesAtTheLauncher.toString());
    }
  }
}
