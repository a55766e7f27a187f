package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The Run command's database: kept in a directory, so what was saved is still there next time. */
@DisabledIfEnvironmentVariable(
    named = "DATASOURCES_DEFAULT_URL",
    matches = ".+",
    disabledReason = "an external PostgreSQL is configured, so nothing embedded starts")
class EmbeddedPostgresIT {

  @Test
  void dataInTheDataDirectorySurvivesARestart(@TempDir Path dir) throws Exception {
    Map<String, Object> config = Map.of("embedded-postgres.data-directory", dir.toString());
    try (ApplicationContext first = ApplicationContext.run(config)) {
      execute(first, "create table kept (note text); insert into kept values ('still here')");
    }
    try (ApplicationContext second = ApplicationContext.run(config)) {
      assertThat(query(second, "select note from kept")).isEqualTo("still here");
      assertThat(query(second, "select count(*) from council")).isEqualTo("317");
      assertThat(query(second, "select count(*) from flyway_schema_history where version = '2'"))
          .as("the register was loaded once, not again on restart")
          .isEqualTo("1");
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aServerLeftRunningByAKilledRunIsStoppedAndItsDataKept(@TempDir Path dir) throws Exception {
    Map<String, Object> config = Map.of("embedded-postgres.data-directory", dir.toString());
    try (ApplicationContext first = ApplicationContext.run(config)) {
      execute(first, "create table kept (note text); insert into kept values ('still here')");
    }
    // A run killed with kill -9: its JVM is gone, its PostgreSQL still runs on the directory.
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledRun.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    ProcessHandle leftOver;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine();
      } while (line != null && !line.equals(KilledRun.STARTED));
      assertThat(line).as("the run started its database").isNotNull();
      leftOver = ProcessHandle.of(pidIn(dir)).orElseThrow();
    } finally {
      run.destroyForcibly().waitFor();
    }
    assertThat(leftOver.isAlive()).as("the database outlives its run").isTrue();

    try (ApplicationContext second = ApplicationContext.run(config)) {
      assertThat(leftOver.isAlive()).as("the left-over server was stopped").isFalse();
      assertThat(query(second, "select note from kept")).isEqualTo("still here");
    } finally {
      leftOver.destroyForcibly();
    }
  }

  /** Starts an embedded PostgreSQL on the directory given, says so, and waits to be killed. */
  static final class KilledRun {
    static final String STARTED = "database started";

    public static void main(String[] args) throws Exception {
      EmbeddedPostgres.builder()
          .setDataDirectory(Path.of(args[0]))
          .setCleanDataDirectory(false)
          .start();
      System.out.println(STARTED);
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  /** The process in the first line of PostgreSQL's lock file. */
  private static long pidIn(Path dir) throws Exception {
    return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
  }

  /** A plain connection, outside the app's transaction management. */
  private static Connection connect(ApplicationContext context) throws Exception {
    DatasourceConfiguration db = context.getBean(DatasourceConfiguration.class);
    return DriverManager.getConnection(db.getUrl(), db.getUsername(), db.getPassword());
  }

  private static void execute(ApplicationContext context, String sql) throws Exception {
    try (Connection c = connect(context);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String query(ApplicationContext context, String sql) throws Exception {
    try (Connection c = connect(context);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
