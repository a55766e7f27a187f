package uk.careleavers.localoffer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Offer versions in PostgreSQL. Published versions are immutable (enforced by a trigger too). */
@Singleton
public class OfferStore {
  private static final ObjectMapper JSON = OfferFiles.JSON;
  private static final String COLUMNS =
      "council_code, version, status, published_on, document::text, checksum";

  private final JdbcOperations jdbc;

  OfferStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @ReadOnly
  public Optional<StoredOffer> find(String council, int version) {
    return query(
            "select " + COLUMNS + " from local_offer where council_code = ? and version = ?",
            council,
            version)
        .stream()
        .findFirst();
  }

  @ReadOnly
  public List<StoredOffer> published() {
    return query("select " + COLUMNS + " from local_offer where status = 'published'");
  }

  /** Published and superseded versions of one council, newest first; drafts are not public. */
  @ReadOnly
  public List<StoredOffer> history(String council) {
    return query(
        "select "
            + COLUMNS
            + " from local_offer where council_code = ? and status <> 'draft'"
            + " order by version desc",
        council);
  }

  /**
   * Saves a new version. Published: the council's current version becomes superseded in the same
   * transaction, so there is never a moment with two or none.
   */
  @Transactional
  public void insert(OfferFiles.OfferFile file) {
    OfferDocument offer = file.document();
    Connection c = jdbc.getConnection();
    try {
      long id = insertOffer(c, file);
      int position = 0;
      for (OfferDocument.Item item : offer.items()) {
        OfferItemRows.insert(c, id, position++, item);
      }
      if ("published".equals(offer.status())) {
        update(
            c,
            "update local_offer set status = 'superseded' where council_code = ?"
                + " and status = 'published'",
            offer.council());
        update(c, "update local_offer set status = 'published' where id = ?", id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot save " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishes a draft: the council's current version becomes superseded and the draft becomes
   * current, in one transaction. Returns false if there is no such draft.
   */
  @Transactional
  public boolean publish(String council, int version, java.time.LocalDate on) {
    Connection c = jdbc.getConnection();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id from local_offer where council_code = ? and version = ?"
                + " and status = 'draft' for update")) {
      s.setString(1, council);
      s.setInt(2, version);
      long id;
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        id = rs.getLong(1);
      }
      update(
          c,
          "update local_offer set status = 'superseded' where council_code = ?"
              + " and status = 'published'",
          council);
      try (PreparedStatement p =
          c.prepareStatement(
              "update local_offer set status = 'published', published_on = ? where id = ?")) {
        p.setDate(1, Date.valueOf(on));
        p.setLong(2, id);
        p.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot publish " + council + " v" + version, e);
    }
  }

  private static long insertOffer(Connection c, OfferFiles.OfferFile file) throws SQLException {
    OfferDocument offer = file.document();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into local_offer (council_code, version, status, published_on, example, note,"
                + " sources, document, checksum) values (?, ?, 'draft', ?, ?, ?, ?::jsonb,"
                + " ?::jsonb, ?) returning id")) {
      s.setString(1, offer.council());
      s.setInt(2, offer.version());
      if (offer.published() == null) {
        s.setNull(3, Types.DATE);
      } else {
        s.setDate(3, Date.valueOf(offer.published()));
      }
      s.setBoolean(4, offer.example());
      s.setString(5, offer.note());
      s.setString(6, write(offer.sources()));
      s.setString(7, file.json().toString());
      s.setString(8, file.checksum());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object parameter) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      s.executeUpdate();
    }
  }

  private List<StoredOffer> query(String sql, Object... parameters) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
          }
          List<StoredOffer> offers = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              offers.add(row(rs));
            }
          }
          return offers;
        });
  }

  private static StoredOffer row(ResultSet rs) throws SQLException {
    Date published = rs.getDate(4);
    return new StoredOffer(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        published == null ? null : published.toLocalDate(),
        read(rs.getString(5)),
        rs.getString(6));
  }

  private static OfferDocument read(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      return JSON.treeToValue(tree, OfferDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Stored offer document cannot be read", e);
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
