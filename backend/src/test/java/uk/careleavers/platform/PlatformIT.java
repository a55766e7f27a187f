package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.Contract;

@MicronautTest(transactional = false)
class PlatformIT {
  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void healthIsUpAndIncludesTheDatabase() throws Exception {
    JsonNode health =
        new ObjectMapper().readTree(http.toBlocking().retrieve(HttpRequest.GET("/health")));
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/details/jdbc/status").asText()).isEqualTo("UP");
  }

  @Test
  void theRunningBackendServesItsOwnContract() throws Exception {
    String served = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/openapi.yaml"));
    assertThat(served).isEqualTo(Files.readString(Path.of("..", "openapi", "openapi.yaml")));
  }

  @Test
  void theApiDocsPageAndItsAssetsAreServedLocally() {
    String page = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/docs"));
    assertThat(page).contains("/api/v1/docs/swagger-ui/swagger-ui-bundle.js").doesNotContain("://");
    HttpResponse<String> bundle =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/docs/swagger-ui/swagger-ui-bundle.js"), String.class);
    assertThat(bundle.code()).isEqualTo(200);
    assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/v1/docs/init.js")))
        .contains("/api/v1/openapi.yaml");
  }

  @Test
  void pingAnswersWithoutTheDatabaseOrTheRules() throws Exception {
    Contract.Exchange answer = new Contract(http.toBlocking()).get("/api/v1/ping");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void anUnknownAddressIsAProblemDocument() throws Exception {
    Contract.Exchange answer = new Contract(http.toBlocking()).getInvalid("/api/v1/nothing-here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(new ObjectMapper().readTree(answer.body()).get("type").asText())
        .isEqualTo("/api/v1/problems/not-found");
  }
}
