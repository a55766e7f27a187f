package uk.careleavers.localoffer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** One item as a row of local_offer_item: the columns let SQL ask about items across offers. */
final class OfferItemRows {
  private static final String INSERT =
      "insert into local_offer_item (offer_id, item_id, position, title, description, category,"
          + " provider_type, provider_name, provider_council, amount_pence, amount_unit,"
          + " amount_qualifier, valid_from, valid_to, conditions, how_to_claim, evidence, raises,"
          + " settles, sources) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?,"
          + " ?::jsonb, ?, ?, ?::jsonb)";

  private OfferItemRows() {}

  static void insert(Connection c, long offerId, int position, OfferDocument.Item item)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      s.setLong(1, offerId);
      s.setString(2, item.id());
      s.setInt(3, position);
      s.setString(4, item.title());
      s.setString(5, item.description());
      s.setString(6, item.category());
      s.setString(7, item.provider().type());
      s.setString(8, item.provider().name());
      s.setString(9, item.provider().council());
      OfferDocument.Amount amount = item.amount();
      s.setObject(10, amount == null ? null : amount.pence(), Types.BIGINT);
      s.setString(11, amount == null ? null : amount.unit());
      s.setString(12, amount == null ? null : amount.qualifier());
      setDate(s, 13, amount == null ? null : amount.validFrom());
      setDate(s, 14, amount == null ? null : amount.validTo());
      s.setString(15, OfferStore.write(item.conditions()));
      s.setString(16, item.howToClaim());
      s.setString(17, OfferStore.write(item.evidence()));
      s.setString(18, item.raises());
      s.setString(19, item.settles());
      s.setString(20, OfferStore.write(item.sources()));
      s.executeUpdate();
    }
  }

  private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(date));
    }
  }
}
