package dk.godstart.devserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the Godstart WAR at the root context, as a child process.
 *
 * <p>Payara Micro says "ready" even when the application failed to deploy (for example when JPA
 * cannot reach the database while deploying). So readiness here means {@code /health/ready}
 * answering 200, and a server that says "ready" without becoming healthy soon after has failed.
 */
public final class PayaraMicroProcess {

  /** How long the application may stay unhealthy after Payara Micro reported itself ready. */
  private static final Duration GRACE_AFTER_SERVER_READY = Duration.ofSeconds(20);

  private final Process process;
  private final int port;
  private volatile Instant serverReportedReady;

  private PayaraMicroProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts Payara Micro. {@code systemProperties} reach the application through MicroProfile Config
   * (for example {@code db.url}); the server's output goes to {@code log}, or to the console when
   * {@code log} is {@code null}.
   */
  public static PayaraMicroProcess start(
      Path microJar, Path war, int port, Map<String, String> systemProperties, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            microJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--disablephonehome"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    PayaraMicroProcess payara = new PayaraMicroProcess(process, port);
    PrintStream sink =
        log == null
            ? System.out
            : new PrintStream(
                Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                true,
                StandardCharsets.UTF_8);
    Thread pump = new Thread(() -> payara.copyOutput(sink), "payara-output");
    pump.setDaemon(true);
    pump.start();
    return payara;
  }

  private void copyOutput(PrintStream sink) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        sink.println(line);
        if (serverReportedReady == null
            && line.contains("Payara Micro")
            && line.contains(" ready in ")) {
          serverReportedReady = Instant.now();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitCode() {
    return process.exitValue();
  }

  /**
   * Waits until {@code /health/ready} answers 200 (true), or the process ends, the application
   * stays unhealthy after the server said it was ready, or the time is up (false).
   */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Instant reported = serverReportedReady;
      if (reported != null && Instant.now().isAfter(reported.plus(GRACE_AFTER_SERVER_READY))) {
        return false;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Asks Payara to shut down (SIGTERM), and kills it if it has not stopped within a minute. */
  public void stop() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  public boolean waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
