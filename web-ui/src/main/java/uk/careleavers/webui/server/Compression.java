package uk.careleavers.webui.server;

import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;

/**
 * gzip for pages, scripts, styles and Vaadin's UI updates (the JSON answers to {@code POST
 * ?v-r=uidl}) when the browser accepts it: the HTML of a page and a results page's updates are text
 * that shrinks five to ten times (docs/performance.md). Jetty's own handler with Jetty's defaults:
 * GET and POST answers of every type but images, audio, video, fonts and archives; answers Vaadin
 * already sent brotli-compressed (the bundle's scripts) are left as they are.
 */
final class Compression {
  private Compression() {}

  static Handler around(Handler inner) {
    CompressionHandler handler = new CompressionHandler(inner);
    handler.putConfiguration(
        "/",
        CompressionConfig.builder()
            .defaults()
            // No client of ours sends compressed bodies: inflating them would only let a small
            // request expand into a large one.
            .decompressExcludeMethod(HttpMethod.POST.asString())
            .build());
    return handler;
  }
}
