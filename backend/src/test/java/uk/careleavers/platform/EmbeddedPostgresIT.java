package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
