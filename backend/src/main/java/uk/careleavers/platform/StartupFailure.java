package uk.careleavers.platform;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/** Turns whatever stopped the backend starting into one line a person can act on. */
public final class StartupFailure {
  private StartupFailure() {}

  public static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      String lower = message.toLowerCase(Locale.ROOT);
      if (t instanceof BindException || lower.contains("address already in use")) {
        return "the port is already in use ("
            + portOf(failure)
            + "): stop what is using it,"
            + " or set MICRONAUT_SERVER_PORT to another port";
      }
      if (lower.contains("password authentication failed")) {
        return "the database refused the user name or password"
            + " (DATASOURCES_DEFAULT_USERNAME / DATASOURCES_DEFAULT_PASSWORD)";
      }
      if (t instanceof UnknownHostException
          || t instanceof ConnectException
          || lower.contains("connection to") && lower.contains("refused")
          || lower.contains("connection attempt failed")) {
        return "cannot reach the database at DATASOURCES_DEFAULT_URL: " + message;
      }
      if (lower.contains("does not exist") && t instanceof SQLException) {
        return "the database server answered, but: " + message;
      }
      if (lower.contains("could not lock") && lower.contains("epg-lock")) {
        return "another backend is already using the embedded database directory;"
            + " stop it first, or set EMBEDDED_POSTGRES_DIR to another directory";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static String portOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      int colon = message.lastIndexOf(':');
      if (message.contains("Unable to start Micronaut server on") && colon > 0) {
        return "port " + message.substring(colon + 1).trim();
      }
    }
    return "see MICRONAUT_SERVER_PORT";
  }
}
