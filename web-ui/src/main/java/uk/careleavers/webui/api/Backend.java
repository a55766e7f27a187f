package uk.careleavers.webui.api;

import java.time.Duration;
import uk.careleavers.client.ApiClient;
import uk.careleavers.client.api.CouncilsApi;
import uk.careleavers.client.api.EligibilityApi;
import uk.careleavers.client.api.EntitlementsApi;
import uk.careleavers.client.api.LocalOffersApi;
import uk.careleavers.webui.Settings;

/**
 * The generated API client, pointed at the backend. The UI reaches the backend only this way. The
 * clients are shared (each holds one thread-safe {@code HttpClient} with its connection pool) and
 * made again only if {@code API_URL} changes, as it does between test classes.
 */
public final class Backend {
  private static volatile Clients clients;

  private Backend() {}

  public static CouncilsApi councils() {
    return clients().councils;
  }

  public static EligibilityApi eligibility() {
    return clients().eligibility;
  }

  public static EntitlementsApi entitlements() {
    return clients().entitlements;
  }

  public static LocalOffersApi localOffers() {
    return clients().localOffers;
  }

  /** The client's JSON mapper, which knows the generated models' property names. */
  public static com.fasterxml.jackson.databind.ObjectMapper json() {
    return clients().client.getObjectMapper();
  }

  private static Clients clients() {
    String url = Settings.apiUrl();
    Clients current = clients;
    if (current == null || !current.url.equals(url)) {
      synchronized (Backend.class) {
        current = clients;
        if (current == null || !current.url.equals(url)) {
          current = new Clients(url);
          clients = current;
        }
      }
    }
    return current;
  }

  private static final class Clients {
    final String url;
    final ApiClient client;
    final CouncilsApi councils;
    final EligibilityApi eligibility;
    final EntitlementsApi entitlements;
    final LocalOffersApi localOffers;

    Clients(String url) {
      this.url = url;
      client = new ApiClient();
      client.updateBaseUri(url);
      client.setConnectTimeout(Duration.ofSeconds(3));
      client.setReadTimeout(Duration.ofSeconds(10));
      councils = new CouncilsApi(client);
      eligibility = new EligibilityApi(client);
      entitlements = new EntitlementsApi(client);
      localOffers = new LocalOffersApi(client);
    }
  }
}
