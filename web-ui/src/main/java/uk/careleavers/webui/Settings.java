package uk.careleavers.webui;

/** Configuration from the environment, with a system property of the same name as override. */
public final class Settings {
  private Settings() {}

  public static String get(String name, String fallback) {
    String fromProperty = System.getProperty(name);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return fromProperty;
    }
    String fromEnv = System.getenv(name);
    return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
  }

  /** Where the backend API answers. */
  public static String apiUrl() {
    return get("API_URL", "http://localhost:8080");
  }
}
