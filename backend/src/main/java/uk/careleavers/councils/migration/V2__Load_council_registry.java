package uk.careleavers.councils.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the council register from the CSV shipped in the jar. A Java migration (rather than SQL
 * generated from the CSV) keeps the CSV the one copy of the data; its checksum is the CSV's, so an
 * edited file is caught by Flyway's validation instead of silently diverging.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version from the class name.
public class V2__Load_council_registry extends BaseJavaMigration {
  static final String CSV = "data/local-authorities-england.csv";

  private static final String INSERT =
      "insert into council (code, gss_code, name, official_name, type, children_services,"
          + " county_code, combined_authority, region, dfe_la_code, gov_uk_slug)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void migrate(Context context) throws SQLException {
    List<CSVRecord> rows = readRows();
    // Counties before their districts, for the foreign key.
    rows.sort(Comparator.comparing(r -> r.get("county_code").isEmpty() ? 0 : 1));
    Connection connection = context.getConnection();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (CSVRecord row : rows) {
        bind(insert, row);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    crc.update(bytes());
    return (int) crc.getValue();
  }

  private static void bind(PreparedStatement insert, CSVRecord row) throws SQLException {
    insert.setString(1, row.get("code"));
    insert.setString(2, row.get("gss_code"));
    insert.setString(3, clean(row.get("name")));
    insert.setString(4, clean(row.get("official_name")));
    insert.setString(5, row.get("type"));
    insert.setBoolean(6, Boolean.parseBoolean(row.get("children_services")));
    setOptional(insert, 7, row.get("county_code"));
    setOptional(insert, 8, row.get("combined_authority"));
    insert.setString(9, row.get("region"));
    setOptional(insert, 10, row.get("dfe_la_code"));
    setOptional(insert, 11, row.get("gov_uk_slug"));
  }

  private static void setOptional(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value.isBlank()) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, value.trim());
    }
  }

  /** The source has the odd doubled space ("North Somerset Council"). */
  private static String clean(String value) {
    return value.trim().replaceAll("\\s+", " ");
  }

  private static List<CSVRecord> readRows() {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = open();
        InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return format.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + CSV, e);
    }
  }

  private static byte[] bytes() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + CSV, e);
    }
  }

  private static InputStream open() throws IOException {
    InputStream in = V2__Load_council_registry.class.getClassLoader().getResourceAsStream(CSV);
    if (in == null) {
      throw new IOException(CSV + " is not on the classpath");
    }
    return in;
  }
}
