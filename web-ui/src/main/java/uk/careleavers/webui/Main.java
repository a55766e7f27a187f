package uk.careleavers.webui;

import com.github.mvysny.vaadinboot.VaadinBoot;

/** Starts the web UI on embedded Jetty. Port: WEB_UI_PORT (default 8081). */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    VaadinBoot boot = new VaadinBoot().openBrowserInDevMode(false);
    boot.setPort(Integer.parseInt(Settings.get("WEB_UI_PORT", "8081")));
    boot.run();
  }
}
