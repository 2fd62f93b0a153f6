package dk.godstart.player.web;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.HttpStatus;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.Problem;
import dk.godstart.player.application.Attempts;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.infrastructure.SigningKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The launcher's commits and sequencing state, {@code POST
 * /_godstart/attempt-channel/{token}/commits} and {@code …/sequencing-state} on the content origin:
 * the launcher's own origin, so the browser needs no CORS, and the content origin's light listener,
 * so a commit does not pay for the application server's request pipeline (sessions, security,
 * JAX-RS), which cost several times the commit itself. The attempt token in the address is the only
 * credential (the launcher sends no cookie). The body is the JSON of {@code
 * /api/v1/attempts/{id}/commits}, sent as {@code text/plain}; answers and errors are the API's JSON
 * shapes and statuses, and the work is the same one transaction of {@link Attempts}.
 */
@ApplicationScoped
public class AttemptChannel {

  static final String PREFIX = ContentOrigin.LAUNCHER_PREFIX + "attempt-channel/";

  /** Above the largest body the application accepts (sequencing state, 2,000,000 characters). */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(AttemptChannel.class.getName());

  /** What the channel answers: a status and a JSON text ({@code null}: no body). */
  public record Answer(int status, String json) {}

  @Inject Attempts attempts;
  @Inject SigningKeys keys;
  @Inject Clock clock;

  private Jsonb jsonb;

  /**
   * Made once: {@code Json.createReader} looks the JSON provider up through the service loader on
   * every call, which searched the application's jars and took nearly half of a commit's time.
   */
  private JsonReaderFactory readers;

  @PostConstruct
  void createJsonb() {
    jsonb = JsonbBuilder.create();
    readers = Json.createReaderFactory(Map.of());
  }

  @PreDestroy
  void closeJsonb() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "closing JSON-B", e);
    }
  }

  /**
   * Answers one request to an address under {@link #PREFIX}. A request context is active, as in the
   * API, for whatever reacts to a commit (a completed module unlocks others).
   */
  @ActivateRequestContext
  public Answer answer(String method, String path, InputStream body, String acceptLanguage) {
    Locale locale = locale(acceptLanguage);
    try {
      String[] parts = path.substring(PREFIX.length()).split("/", -1);
      if (parts.length != 2
          || !("commits".equals(parts[1]) || "sequencing-state".equals(parts[1]))) {
        return error(404, "not-found", locale);
      }
      if (!"POST".equals(method)) {
        return error(405, "method-not-allowed", locale);
      }
      AttemptToken token =
          AttemptToken.check(parts[0], keys.attempts(), clock.instant().getEpochSecond())
              .orElseThrow(() -> new AccessDenied("attempt.token"));
      JsonObject json = json(read(body));
      if ("commits".equals(parts[1])) {
        return new Answer(200, jsonb.toJson(attempts.commit(token, AttemptResource.parse(json))));
      }
      if (!(json.get("state") instanceof JsonString state)) {
        throw AttemptResource.invalid("state");
      }
      attempts.keepSequencingState(token, state.getString());
      return new Answer(204, null);
    } catch (RuntimeException e) {
      return failure(e, locale);
    }
  }

  private Answer failure(RuntimeException exception, Locale locale) {
    // A problem may arrive wrapped by the transaction's boundary.
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return new Answer(HttpStatus.of(problem), jsonb.toJson(ErrorTexts.body(problem, locale)));
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error in the attempt channel", exception);
    return error(500, "unexpected", locale);
  }

  private Answer error(int status, String code, Locale locale) {
    return new Answer(status, jsonb.toJson(ErrorTexts.body(code, locale)));
  }

  private static String read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new InvalidInput(
            "commit.too-large", List.of(Detail.of("commit.too-large", "body", MAX_BODY_BYTES)));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw AttemptResource.invalid("body");
    }
  }

  private JsonObject json(String body) {
    if (body.isBlank()) {
      throw AttemptResource.invalid("body");
    }
    try (var reader = readers.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (RuntimeException e) {
      // Broken syntax (JsonException), or nesting deeper than Parsson allows, which it reports as
      // a plain RuntimeException (see UnreadableBody): the caller's mistake, not a 500.
      throw AttemptResource.invalid("body");
    }
    throw AttemptResource.invalid("body");
  }

  /** The caller's language for error messages, from {@code Accept-Language}, as in the API. */
  static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ErrorTexts.DANISH;
    }
    try {
      List<Locale> locales = new ArrayList<>();
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        if (!"*".equals(range.getRange())) {
          locales.add(Locale.forLanguageTag(range.getRange()));
        }
      }
      return ErrorTexts.choose(locales);
    } catch (IllegalArgumentException e) {
      return ErrorTexts.DANISH;
    }
  }
}
