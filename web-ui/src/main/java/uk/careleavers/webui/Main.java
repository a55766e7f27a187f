package uk.careleavers.webui;

import com.github.mvysny.vaadinboot.VaadinBoot;
import java.net.BindException;

/** Starts the web UI on embedded Jetty. Port: WEB_UI_PORT (default 8081). */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(Settings.get("WEB_UI_PORT", "8081"));
    VaadinBoot boot = new VaadinBoot().openBrowserInDevMode(false);
    boot.setPort(port);
    try {
      boot.run();
    } catch (Exception e) {
      if (causedBy(e, BindException.class)) {
        System.err.println(
            "The web UI could not start: port " + port + " is already in use (set WEB_UI_PORT)");
        System.exit(1);
      }
      throw e;
    }
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
