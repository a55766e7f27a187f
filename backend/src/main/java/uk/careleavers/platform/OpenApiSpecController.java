package uk.careleavers.platform;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;

/** Serves the contract the API was generated from, for clients and for the docs page. */
@Controller("/api/v1")
class OpenApiSpecController {
  private static final MediaType YAML = MediaType.of("application/yaml");
  private final ResourceResolver resources;

  OpenApiSpecController(ResourceResolver resources) {
    this.resources = resources;
  }

  @Get(value = "/openapi.yaml", produces = "application/yaml")
  HttpResponse<StreamedFile> spec() {
    return resources
        .getResource("classpath:openapi/openapi.yaml")
        .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(YAML))
        .orElseThrow(() -> new NotFoundException("The API description is missing from this build"));
  }

  @Get(value = "/docs", produces = MediaType.TEXT_HTML)
  HttpResponse<StreamedFile> docs() {
    return resources
        .getResource("classpath:public/docs/index.html")
        .map(url -> HttpResponse.ok(new StreamedFile(url)).contentType(MediaType.TEXT_HTML_TYPE))
        .orElseThrow(() -> new NotFoundException("The API docs are missing from this build"));
  }
}
