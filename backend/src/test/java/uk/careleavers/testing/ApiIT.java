package uk.careleavers.testing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of an integration test that calls the running app over HTTP. Each test class carries its
 * own {@code @MicronautTest(transactional = false)} (the app it starts is per class); {@link #api}
 * sends every request through {@link Contract}, which checks request and answer against
 * openapi/openapi.yaml.
 */
public abstract class ApiIT {
  @Inject
  @Client("/")
  protected HttpClient http;

  protected Contract api;

  @BeforeEach
  void connectThroughTheContract() {
    api = new Contract(http.toBlocking());
  }
}
