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
import java.util.LinkedHashMap;
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

  /**
   * A heap sized for Godstart rather than the machine (a 512 MB ceiling; its live data is far
   * below), given back when idle (G1's periodic collection, and little free heap kept), and a code
   * cache no larger than the compiled code needs.
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-Xms64m",
          "-Xmx512m",
          "-XX:+UseG1GC",
          "-XX:G1PeriodicGCInterval=15000",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=30",
          "-XX:ReservedCodeCacheSize=96m");

  /** Settings that are secrets, and the environment variable each goes by. */
  private static final Map<String, String> SECRETS = Map.of("db.password", "DB_PASSWORD");

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
    return start(PayaraRuntime.fromJar(microJar), war, port, systemProperties, log);
  }

  /** Starts Payara Micro as {@code runtime} says (from its JAR, or prepared in a directory). */
  public static PayaraMicroProcess start(
      PayaraRuntime runtime, Path war, int port, Map<String, String> systemProperties, Path log)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command(runtime, war, port, systemProperties)).redirectErrorStream(true);
    builder.environment().putAll(secretEnvironment(systemProperties));
    // glibc gives each busy thread a malloc arena of its own; the JVM allocates little with
    // malloc, and two arenas spare tens of megabytes of resident memory.
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();
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

  /**
   * The server's command line. Secrets are left out: every user of the machine can read a command
   * line ({@code ps}); they go by the environment ({@link #secretEnvironment}).
   */
  static List<String> command(
      PayaraRuntime runtime, Path war, int port, Map<String, String> systemProperties) {
    List<String> command = new ArrayList<>();
    command.add(PayaraRuntime.javaCommand());
    command.addAll(JVM_OPTIONS);
    systemProperties.forEach(
        (key, value) -> {
          if (!SECRETS.containsKey(key)) {
            command.add("-D" + key + "=" + value);
          }
        });
    command.addAll(runtime.launch());
    // No data grid: Godstart keeps nothing in it (sessions are not distributable, the daily timer
    // is not persistent), and starting Hazelcast costs over a second of every start. Payara 6
    // honours --nohazelcast only without --nocluster: given both, it merely turns clustering off
    // and starts Hazelcast all the same (so adding --nohazelcast beside it changed nothing).
    command.addAll(
        List.of(
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--disablephonehome"));
    return command;
  }

  /**
   * The secrets among the settings, as environment variables of the server, which MicroProfile
   * Config reads as it reads system properties ({@code db.password} from {@code DB_PASSWORD}).
   */
  static Map<String, String> secretEnvironment(Map<String, String> systemProperties) {
    Map<String, String> environment = new LinkedHashMap<>();
    SECRETS.forEach(
        (key, variable) -> {
          if (systemProperties.containsKey(key)) {
            environment.put(variable, systemProperties.get(key));
          }
        });
    return environment;
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
