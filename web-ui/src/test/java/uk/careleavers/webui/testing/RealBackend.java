package uk.careleavers.webui.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;

/**
 * The real backend (real API, real rules, embedded PostgreSQL on a throw-away database), started
 * once per test JVM and shared by every view test; the UI reaches it through {@code API_URL}.
 */
public final class RealBackend {
  private static EmbeddedServer server;

  private RealBackend() {}

  public static synchronized String start() {
    if (server == null) {
      server =
          ApplicationContext.run(
              EmbeddedServer.class,
              Map.of("micronaut.server.port", -1, "embedded-postgres.data-directory", ""));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    String url = server.getURL().toString();
    System.setProperty("API_URL", url);
    return url;
  }
}
