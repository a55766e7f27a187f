package uk.careleavers.webui.server;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Files of the production bundle ({@code /VAADIN/build/}) are named by Vite after a hash of their
 * content, so a name never changes meaning: browsers may keep them for a year without asking again.
 * Vaadin's static file server sends {@code max-age=3600}; this replaces it just before the answer
 * is committed. Pages are left alone: they name the current bundle and are fetched fresh.
 */
public final class ImmutableAssets extends Handler.Wrapper {
  /** Where Vite writes the hashed bundle, inside the web app. */
  public static final String PATH = "/VAADIN/build/";

  /** A year, the longest lifetime browsers honour; immutable: no revalidation on reload. */
  public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!Request.getPathInContext(request).startsWith(PATH)) {
      return super.handle(request, response, callback);
    }
    return super.handle(request, new CachedForAYear(request, response), callback);
  }

  private static final class CachedForAYear extends Response.Wrapper {
    CachedForAYear(Request request, Response response) {
      super(request, response);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
      // 0: the servlet has not passed its status down yet, which it does only for a success.
      int status = getStatus();
      if (!isCommitted()
          && (status == 0
              || status == HttpStatus.OK_200
              || status == HttpStatus.NOT_MODIFIED_304)) {
        getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
      }
      super.write(last, content, callback);
    }
  }
}
