package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real backend in its own JVM with bad configuration: each must end with one plain line
 * naming the problem and a non-zero exit, never a wall of stack trace.
 */
class StartupFailureIT {
  @TempDir Path dir;

  @Test
  void aPortInUseIsNamed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Result result =
          start(
              Map.of(
                  "MICRONAUT_SERVER_PORT", String.valueOf(taken.getLocalPort()),
                  "EMBEDDED_POSTGRES_DIR", dir.resolve("pg").toString()));
      result.assertOneLineFailure("the port is already in use (port " + taken.getLocalPort() + ")");
    }
  }

  @Test
  void anUnreachableDatabaseIsNamed() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Result result =
        start(
            Map.of(
                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/app",
                "DATASOURCES_DEFAULT_USERNAME", "app",
                "DATASOURCES_DEFAULT_PASSWORD", "secret"));
    result.assertOneLineFailure("cannot reach the database at DATASOURCES_DEFAULT_URL");
  }

  @Test
  void aWrongPasswordIsNamed() throws Exception {
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectoryCustomizer(StartupFailureIT::requirePasswords)
            .start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create role app login password 'right'");
      }
      Result result =
          start(
              Map.of(
                  "DATASOURCES_DEFAULT_URL", pg.getJdbcUrl("app", "postgres"),
                  "DATASOURCES_DEFAULT_USERNAME", "app",
                  "DATASOURCES_DEFAULT_PASSWORD", "wrong"));
      result.assertOneLineFailure("the database refused the user name or password");
    }
  }

  /** Everyone but the superuser (which the embedded server itself uses) must give a password. */
  private static void requirePasswords(java.io.File dataDirectory) {
    try {
      Files.writeString(
          dataDirectory.toPath().resolve("pg_hba.conf"),
          String.join(
              "\n",
              "local all all trust",
              "host all postgres 127.0.0.1/32 trust",
              "host all postgres ::1/128 trust",
              "host all all 127.0.0.1/32 scram-sha-256",
              "host all all ::1/128 scram-sha-256",
              ""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Result start(Map<String, String> env) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "uk.careleavers.Application")
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("DATASOURCES_DEFAULT_URL");
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean ended = process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    return new Result(
        ended ? process.exitValue() : -1, Files.readAllLines(out), Files.readAllLines(err));
  }

  private record Result(int exitCode, List<String> out, List<String> err) {
    void assertOneLineFailure(String expected) {
      assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(1);
      assertThat(err).as("stderr").hasSize(1);
      assertThat(err.get(0)).startsWith("The backend could not start: ").contains(expected);
      assertThat(out).as("no stack trace on stdout").noneMatch(line -> line.startsWith("\tat "));
    }
  }
}
