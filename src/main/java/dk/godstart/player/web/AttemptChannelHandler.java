package dk.godstart.player.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.godstart.kernel.ErrorTexts;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The attempt channel on the content origin's HTTP server: takes the request apart and writes the
 * {@link AttemptChannel}'s answer. The channel is called through a contextual proxy of the
 * application (its class loader and naming), because this server's threads are not the container's.
 */
final class AttemptChannelHandler implements HttpHandler {

  /** The channel as the proxy presents it. */
  interface Channel {
    AttemptChannel.Answer answer(
        String method, String path, InputStream body, String acceptLanguage);
  }

  private static final Logger LOG = Logger.getLogger(AttemptChannelHandler.class.getName());
  private final Channel channel;

  /** The API's answer to a bug, made while the application starts (this needs its context). */
  private final String unexpected;

  AttemptChannelHandler(Channel channel) {
    this.channel = channel;
    this.unexpected =
        Json.createObjectBuilder()
            .add("code", "unexpected")
            .add("message", ErrorTexts.message("unexpected", ErrorTexts.DANISH))
            .add("details", Json.createArrayBuilder())
            .build()
            .toString();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      AttemptChannel.Answer answer;
      try {
        answer =
            channel.answer(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestBody(),
                exchange.getRequestHeaders().getFirst("Accept-Language"));
      } catch (RuntimeException | Error e) {
        // The JDK's server would drop the connection without a word.
        LOG.log(Level.SEVERE, "The attempt channel failed", e);
        answer = new AttemptChannel.Answer(500, unexpected);
      }
      Headers headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Referrer-Policy", "no-referrer");
      headers.set("Cache-Control", "no-store");
      if (answer.status() == 405) {
        headers.set("Allow", "POST");
      }
      if (answer.json() == null) {
        exchange.sendResponseHeaders(answer.status(), -1);
        return;
      }
      byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
      headers.set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
