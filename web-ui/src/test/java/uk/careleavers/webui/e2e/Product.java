package uk.careleavers.webui.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import uk.careleavers.webui.server.WebServer;

/**
 * The whole product, started once per test run in this JVM: the real backend (Micronaut, on a fresh
 * embedded PostgreSQL in {@code target/e2e/postgres}) and the real web UI ({@link WebServer}, as
 * {@code Main} starts it: the production bundle the build made, compression and cache headers).
 * Tests get it through {@link BrowserTest}; see ADR 0007.
 */
public final class Product implements AutoCloseable {
  private static volatile Product running;

  private final EmbeddedServer backend;
  private final WebServer ui;
  private final String url;

  private Product(EmbeddedServer backend, WebServer ui, String url) {
    this.backend = backend;
    this.ui = ui;
    this.url = url;
  }

  /** The web UI's address, e.g. {@code http://localhost:41234/}. */
  public static String url() {
    Product product = running;
    if (product == null) {
      throw new IllegalStateException(
          "The product is not running: annotate the test class with @BrowserTest");
    }
    return product.url;
  }

  /** The backend API's address, for tests that set data up through the API. */
  public static String apiUrl() {
    url();
    return running.backend.getURL().toString();
  }

  static synchronized Product start() {
    if (running != null) {
      return running;
    }
    long started = System.nanoTime();
    Path work = Path.of(System.getProperty("e2e.work", "target/e2e")).toAbsolutePath();
    Path database = work.resolve("postgres");
    deleteRecursively(database);
    EmbeddedServer backend =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "embedded-postgres.data-directory",
                database.toString()));
    try {
      // Settings reads a system property before the environment.
      System.setProperty("API_URL", backend.getURL().toString());
      WebServer ui = WebServer.start("localhost", 0);
      running = new Product(backend, ui, "http://localhost:" + ui.port() + "/");
    } catch (Exception e) {
      backend.close();
      throw new IllegalStateException("The web UI did not start: " + e, e);
    }
    System.out.printf(
        "Product started in %.1f s: web UI %s, API %s%n",
        (System.nanoTime() - started) / 1e9, running.url, backend.getURL());
    return running;
  }

  @Override
  public synchronized void close() {
    running = null;
    try {
      ui.close();
    } finally {
      System.clearProperty("API_URL");
      backend.close();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + dir, e);
    }
  }
}
