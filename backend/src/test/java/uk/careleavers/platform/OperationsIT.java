package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.Contract;

@MicronautTest(transactional = false)
class OperationsIT {
  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void everyAnswerCarriesARequestIdAndKeepsASaneOneItWasGiven() {
    HttpResponse<String> given =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/entitlements").header("X-Request-Id", "trace-42"),
                String.class);
    assertThat(given.getHeaders().get("X-Request-Id")).isEqualTo("trace-42");

    HttpResponse<String> junk =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/entitlements").header("X-Request-Id", "<script>"),
                String.class);
    assertThat(junk.getHeaders().get("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void livenessAndReadinessAnswer() {
    assertThat(http.toBlocking().exchange("/health/liveness").code()).isEqualTo(200);
    assertThat(http.toBlocking().exchange("/health/readiness").code()).isEqualTo(200);
  }

  @Test
  void metricsAreExposedForPrometheus() {
    new Contract(http.toBlocking())
        .post("/api/v1/eligibility-checks", "{\"responsibleCouncil\": \"LAN\"}");
    String metrics = http.toBlocking().retrieve("/prometheus");
    assertThat(metrics)
        .contains("entitlements_evaluations_seconds_count")
        .contains("local_offers_cache_total{result=\"hit\"}")
        .contains("http_server_requests_seconds_count")
        .contains("uri=\"/api/v1/eligibility-checks\"");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
    String huge = "{\"notes\": \"" + "a".repeat(70_000) + "\"}";
    Contract.Exchange answer =
        new Contract(http.toBlocking())
            .postInvalid("/api/v1/eligibility-checks", huge, "application/json");
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
  }
}
