package dk.godstart.player.web;

import com.sun.net.httpserver.HttpServer;
import dk.godstart.catalog.infrastructure.ContentStore;
import dk.godstart.player.infrastructure.SigningKeys;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts the embedded content origin with the application: the JDK's own HTTP server on a port of
 * its own, beside Payara's listener rather than inside its pipeline, because a package file needs
 * no session, no sign-in, no CDI request and no database (bench/content.sh measures it against
 * nginx). The launcher's attempt channel ({@link AttemptChannel}) is served here too, beside the
 * launcher's files. With {@code godstart.content.port} at -1 nothing starts: a web server in front
 * serves the content store and checks the signatures itself (docker/).
 */
@ApplicationScoped
public class ContentOriginListener {

  private static final Logger LOG = Logger.getLogger(ContentOriginListener.class.getName());

  /** Package files never wait; a commit waits for its transaction (the pool has 32 connections). */
  private static final int THREADS = 16;

  @Inject ContentOriginSettings settings;
  @Inject SigningKeys keys;
  @Inject ContentStore store;
  @Inject AttemptChannel channel;

  /**
   * The server's threads are made by the container's factory, while the application starts: they
   * run with its context (class loader, naming), which the attempt channel's transactions and
   * persistence need, as a request thread of the container does.
   */
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private HttpServer server;
  private ExecutorService workers;

  void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    if (settings.port() < 0) {
      LOG.info("No embedded content origin: " + settings.contentOrigin() + " serves content");
      return;
    }
    LauncherFiles launcher = new LauncherFiles(launcherScripts(context), settings.appOrigin());
    // Small answers on kept-alive connections must not wait for Nagle's algorithm (40 ms each);
    // the JDK's server reads this once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(settings.port()), 256);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The content origin cannot listen on port " + settings.port(), e);
    }
    server.createContext(
        "/",
        new ContentOrigin(
            keys.content(), store::file, launcher, settings.appOrigin(), Clock.systemUTC()));
    // The launcher's commits, on its own origin: no CORS, and not the application server's
    // pipeline.
    server.createContext(AttemptChannel.PREFIX, new AttemptChannelHandler(channel::answer));
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    // Made now, in the application's start: a thread made later would be made by the server's
    // own dispatcher thread, which has no context to give.
    pool.prestartAllCoreThreads();
    workers = pool;
    server.setExecutor(workers);
    server.start();
    LOG.info(
        "Content origin " + settings.contentOrigin() + " listening on port " + settings.port());
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.stop(0);
      workers.shutdownNow();
    }
  }

  private static Map<String, byte[]> launcherScripts(ServletContext context) {
    Map<String, byte[]> scripts = new LinkedHashMap<>();
    scripts.put("launcher.js", read(context, "/resources/godstart/launcher.js"));
    scripts.put("scorm12.min.js", read(context, "/vendor/scorm-again/scorm12.min.js"));
    scripts.put("scorm2004.min.js", read(context, "/vendor/scorm-again/scorm2004.min.js"));
    return scripts;
  }

  private static byte[] read(ServletContext context, String path) {
    try (InputStream in = context.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
