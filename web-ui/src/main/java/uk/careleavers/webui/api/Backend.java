package uk.careleavers.webui.api;

import java.time.Duration;
import uk.careleavers.client.ApiClient;
import uk.careleavers.client.api.CouncilsApi;
import uk.careleavers.webui.Settings;

/** The generated API client, pointed at the backend. The UI reaches the backend only this way. */
public final class Backend {
  private Backend() {}

  public static CouncilsApi councils() {
    return new CouncilsApi(client());
  }

  private static ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Settings.apiUrl());
    client.setConnectTimeout(Duration.ofSeconds(3));
    client.setReadTimeout(Duration.ofSeconds(10));
    return client;
  }
}
