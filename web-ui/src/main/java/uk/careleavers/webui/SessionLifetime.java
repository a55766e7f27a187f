package uk.careleavers.webui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;

/**
 * Answers live only in the HTTP session (privacy page, ADR 0006), so its lifetime is set here
 * rather than left to the servlet container's default: 30 minutes after the last request. While the
 * page is open, Vaadin's heartbeat (every 5 minutes) keeps it alive; once the page is closed, the
 * answers are gone within the half hour.
 */
public class SessionLifetime implements VaadinServiceInitListener {
  private static final long serialVersionUID = 1L;

  /** How long answers outlive the last request from the page. */
  public static final Duration IDLE = Duration.ofMinutes(30);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            e -> e.getSession().getSession().setMaxInactiveInterval((int) IDLE.toSeconds()));
  }
}
