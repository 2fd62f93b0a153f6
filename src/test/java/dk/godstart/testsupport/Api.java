package dk.godstart.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the REST API of the shared {@link GodstartServer}. */
public final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final GodstartServer server;
  private final String token;
  private final String language;

  private Api(GodstartServer server, String token, String language) {
    this.server = server;
    this.token = token;
    this.language = language;
  }

  public static Api anonymous() {
    return new Api(GodstartServer.shared(), null, null);
  }

  public static Api withToken(String token) {
    return new Api(GodstartServer.shared(), token, null);
  }

  public Api inLanguage(String acceptLanguage) {
    return new Api(server, token, acceptLanguage);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A multipart/form-data POST with one file part, as a browser form or curl -F sends it. */
  public Reply upload(String path, String field, String fileName, byte[] content) {
    String boundary = "godstart-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Reply upload(String path, byte[] zip) {
    return upload(path, "file", "package.zip", zip);
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      builder.header("Accept-Language", language);
    }
    return builder;
  }

  /** A response: its status, body and, when the body is JSON, the parsed object. */
  public record Reply(int status, String body, HttpResponse<String> response) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }
}
