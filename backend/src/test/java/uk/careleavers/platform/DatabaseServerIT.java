package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Which PostgreSQL the tests talk to. CI's second pass sets EXPECT_DATABASE_SERVER=Debian, so a
 * pass that quietly fell back to the embedded server fails here.
 */
@MicronautTest(transactional = false)
class DatabaseServerIT {
  @Inject DatasourceConfiguration database;

  @Test
  void theTestsRunAgainstTheExpectedServer() throws Exception {
    String version;
    try (Connection c =
            DriverManager.getConnection(
                database.getUrl(), database.getUsername(), database.getPassword());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select version()")) {
      rs.next();
      version = rs.getString(1);
    }
    System.out.println("Integration tests run against: " + version);
    String expected = System.getenv("EXPECT_DATABASE_SERVER");
    if (expected != null && !expected.isBlank()) {
      assertThat(version).contains(expected);
    } else {
      assertThat(version).startsWith("PostgreSQL 17").doesNotContain("Debian");
    }
  }
}
