package uk.careleavers.webui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What goes over the wire (ADR 0009), asked of the running product as a browser asks: pages,
 * scripts and Vaadin's UI updates compressed when the browser accepts it, the content-hashed bundle
 * cached for a year, pages not cached.
 */
@BrowserTest
class WireE2E {
  private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pagesAreGzippedWhenAskedAndNeverCachedForLong() throws Exception {
    HttpResponse<byte[]> gzipped = get("", "gzip");
    HttpResponse<byte[]> plain = get("", null);

    assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
    String page = gunzip(gzipped.body());
    assertThat(page).startsWithIgnoringCase("<!doctype html>");
    assertThat(gzipped.body().length).isLessThan(page.length() / 3);
    assertThat(header(plain, "Content-Encoding")).isNull();
    assertThat(new String(plain.body(), StandardCharsets.UTF_8))
        .startsWithIgnoringCase("<!doctype html>");
    // A page names the current bundle: it may not be kept (no max-age above 0, nothing immutable).
    String cacheControl = header(plain, "Cache-Control");
    assertThat(cacheControl == null || !cacheControl.matches(".*(immutable|max-age=[1-9]).*"))
        .as("Cache-Control: %s", cacheControl)
        .isTrue();
  }

  @Test
  void theBundleIsCompressedAndCachedForAYear() throws Exception {
    String entry = entryScript();

    HttpResponse<byte[]> gzipped = get(entry, "gzip");
    HttpResponse<byte[]> brotli = get(entry, "br, gzip");
    HttpResponse<byte[]> plain = get(entry, null);

    assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
    assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
    assertThat(header(plain, "Content-Encoding")).isNull();
    for (HttpResponse<byte[]> answer : List.of(gzipped, brotli, plain)) {
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(header(answer, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }
  }

  @Test
  void theUisUpdatesAreCompressed() {
    try (Browser browser = Browser.open(Screen.PHONE).go("")) {
      browser.find(By.id("start-now")).click();
      browser.waitUntil("a question", b -> b.driver().getCurrentUrl().contains("/check/question/"));
      browser.waitForVaadin();

      // Resource Timing: what came over the wire (encoded) and what it was (decoded), per request.
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> updates =
          (List<Map<String, Object>>)
              browser.script(
                  "return performance.getEntriesByType('resource')"
                      + ".filter(e => e.name.includes('v-r=uidl'))"
                      + ".map(e => ({encoded: e.encodedBodySize, decoded: e.decodedBodySize}))");
      assertThat(updates).isNotEmpty();
      for (Map<String, Object> update : updates) {
        long encoded = ((Number) update.get("encoded")).longValue();
        long decoded = ((Number) update.get("decoded")).longValue();
        assertThat(encoded).as("a UI update of %d bytes", decoded).isLessThan(decoded);
      }
    }
  }

  @Test
  void theStartPageDefinesNoStaffOnlyComponent() {
    try (Browser browser = Browser.open(Screen.PHONE).go("")) {
      for (String element : List.of("vaadin-grid", "vaadin-login-form", "vaadin-crud")) {
        assertThat(browser.script("return customElements.get(arguments[0]) === undefined", element))
            .as(element)
            .isEqualTo(true);
      }
      assertThat(
              browser.script(
                  "return customElements.get('vaadin-connection-indicator') !== undefined"))
          .as("the Flow client ran, so the check above means something")
          .isEqualTo(true);
    }
  }

  private String entryScript() throws Exception {
    Matcher m = ENTRY.matcher(new String(get("", null).body(), StandardCharsets.UTF_8));
    assertThat(m.find()).as("the page names its entry script").isTrue();
    return m.group(1);
  }

  private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Product.url() + path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static String gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
