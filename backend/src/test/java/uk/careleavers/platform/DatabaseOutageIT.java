package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Stops the (embedded) PostgreSQL under the running app and starts it again: database reads answer
 * 503 problem+json within 2 s, health says DOWN, the calculator and the cached offers keep
 * answering, and everything comes back without restarting the app.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfEnvironmentVariable(
    named = "DATASOURCES_DEFAULT_URL",
    matches = ".+",
    disabledReason = "the test stops the embedded server; an external one is not ours to stop")
class DatabaseOutageIT implements TestPropertyProvider {
  private static final String CHECK =
      "{\"asOf\": \"2026-11-23\", \"responsibleCouncil\": \"LAN\", \"councilOfResidence\": \"LAC\","
          + " \"facts\": {\"dateOfBirth\": \"2006-05-14\", \"inCareNow\": false,"
          + " \"inCareAt18\": true, \"inCareAfter16\": true, \"weeksInCareSince14\": 200}}";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject EmbeddedPostgresStarter database;

  @Override
  public Map<String, String> getProperties() {
    try {
      // A kept directory, so the server can be started again on the same data.
      return Map.of(
          "embedded-postgres.data-directory",
          Files.createTempDirectory("outage-pg").resolve("data").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theAppSurvivesTheDatabaseGoingAwayAndComingBack() throws Exception {
    assertThat(status("/api/v1/councils/LAN")).isEqualTo(200);

    database.stop();

    long started = System.nanoTime();
    HttpResponse<String> down = exchange(HttpRequest.GET("/api/v1/councils/LAN"));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(down.code()).isEqualTo(503);
    assertThat(millis).as("answered in %d ms", millis).isLessThan(2000);
    assertThat(down.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
    assertThat(down.body()).contains("/api/v1/problems/service-unavailable");
    assertThat(down.getHeaders().get("Retry-After")).isEqualTo("5");

    HttpResponse<String> health = exchange(HttpRequest.GET("/health"));
    assertThat(health.code()).isEqualTo(503);
    assertThat(health.body()).contains("\"DOWN\"");

    HttpResponse<String> check = exchange(HttpRequest.POST("/api/v1/eligibility-checks", CHECK));
    assertThat(check.code()).as("the calculator needs no database").isEqualTo(200);
    assertThat(check.body()).contains("personal-adviser").contains("lan-staying-put-allowance");
    assertThat(status("/api/v1/councils/LAN/local-offer")).as("cached offer").isEqualTo(200);

    database.restart();

    long deadline = System.currentTimeMillis() + 20_000;
    int councils = 0;
    while (System.currentTimeMillis() < deadline && councils != 200) {
      councils = status("/api/v1/councils/LAN");
      Thread.sleep(200);
    }
    assertThat(councils).as("recovered without restarting the app").isEqualTo(200);
    assertThat(status("/health")).isEqualTo(200);
  }

  private int status(String uri) {
    return exchange(HttpRequest.GET(uri)).code();
  }

  private HttpResponse<String> exchange(HttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
      return response;
    }
  }
}
