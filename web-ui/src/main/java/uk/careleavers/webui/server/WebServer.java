package uk.careleavers.webui.server;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web UI's embedded Jetty (ADR 0009): the Vaadin web app found on the classpath, behind the
 * handlers that cut what goes over the wire ({@link Compression}, {@link ImmutableAssets}). {@code
 * Main} and the browser tests both start it, so the tests see the headers a user gets.
 *
 * <p>Written out rather than left to Vaadin Boot, whose Jetty cannot be given a handler around the
 * web app: handlers inside a servlet context do not see what the servlets write.
 */
public final class WebServer implements AutoCloseable {
  /** Jetty scans these for Vaadin's servlet initialisers and our routes. */
  private static final String SCANNED = ".*\\.jar|.*/classes/.*";

  private final Server server;

  private WebServer(Server server) {
    this.server = server;
  }

  /**
   * Starts the web UI on {@code port} (0: any free port), listening on {@code host} (null: every
   * interface).
   */
  public static WebServer start(String host, int port) throws Exception {
    dropMissingClasspathEntries();
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(around(webApp()));
    server.setStopAtShutdown(true);
    server.start();
    return new WebServer(server);
  }

  /** What wraps the web app, outermost first. */
  static Handler around(Handler webApp) {
    ImmutableAssets assets = new ImmutableAssets();
    assets.setHandler(webApp);
    return Compression.around(assets);
  }

  private static WebAppContext webApp() throws Exception {
    WebAppContext context = new WebAppContext();
    context.setContextPath("/");
    context.setBaseResource(context.getResourceFactory().newResource(webRoot()));
    context.setThrowUnavailableOnStartupException(true);
    context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", SCANNED);
    context.setConfigurationDiscovered(true);
    return context;
  }

  /** The folder holding the empty marker {@code webapp/ROOT}, in a jar or in target/classes. */
  private static URI webRoot() throws Exception {
    URL marker = WebServer.class.getClassLoader().getResource("webapp/ROOT");
    if (marker == null) {
      throw new IllegalStateException("webapp/ROOT is missing from the classpath");
    }
    return marker.toURI().resolve(".");
  }

  /** Jetty's annotation scanning fails on a classpath entry that does not exist. */
  private static void dropMissingClasspathEntries() {
    String path = System.getProperty("java.class.path");
    System.setProperty(
        "java.class.path",
        Arrays.stream(path.split(File.pathSeparator))
            .filter(entry -> !entry.isBlank() && new File(entry).exists())
            .collect(Collectors.joining(File.pathSeparator)));
  }

  /** The port it listens on (the one chosen when started with 0). */
  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The web UI's Jetty did not stop", e);
    }
  }
}
