package uk.careleavers.webui;

import java.net.BindException;
import uk.careleavers.webui.server.WebServer;

/** Starts the web UI on embedded Jetty. Port: WEB_UI_PORT (default 8081). */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(Settings.get("WEB_UI_PORT", "8081"));
    WebServer server;
    try {
      server = WebServer.start(null, port);
    } catch (Exception e) {
      if (causedBy(e, BindException.class)) {
        System.err.println(
            "The web UI could not start: port " + port + " is already in use (set WEB_UI_PORT)");
        System.exit(1);
      }
      throw e;
    }
    System.out.println("The web UI is at http://localhost:" + server.port());
    server.join();
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
