package uk.careleavers.rules.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.Change;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.TimelineEntry;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterValue;

class TimelineTest {
  private static final RuleBook BOOK = RuleBook.load();

  private static List<TimelineEntry> timeline(RuleBook book, Facts facts, String asOf) {
    return book.evaluate(facts, LocalDate.parse(asOf)).timeline();
  }

  private static final Facts SEVENTEEN_IN_FOSTER_CARE =
      Facts.builder()
          .set("date_of_birth", "2008-01-15")
          .set("in_care_now", true)
          .set("weeks_in_care_since_14", 100)
          .set("care_placement", "foster_carers")
          .build();

  @Test
  void stayingPutStartsOnTheEighteenthBirthdayWithAPlainSentence() {
    TimelineEntry e =
        timeline(BOOK, SEVENTEEN_IN_FOSTER_CARE, "2025-06-01").stream()
            .filter(t -> t.entitlementId().equals("staying-put"))
            .findFirst()
            .orElseThrow();
    assertThat(e.date()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(e.age()).isEqualTo(18);
    assertThat(e.change()).isEqualTo(Change.STARTS);
    assertThat(e.from()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(e.to()).isEqualTo(Status.ELIGIBLE);
    assertThat(e.sentence())
        .startsWith("On your 18th birthday (15 January 2026)")
        .contains("Staying Put")
        .contains("stay in care until your 18th birthday");
  }

  @Test
  void entriesAreInDateOrderAndAfterTheCheckDate() {
    List<TimelineEntry> entries = timeline(BOOK, SEVENTEEN_IN_FOSTER_CARE, "2025-06-01");
    assertThat(entries).isNotEmpty().allMatch(t -> t.date().isAfter(LocalDate.of(2025, 6, 1)));
    assertThat(entries).extracting(TimelineEntry::date).isSorted();
  }

  @Test
  void aLeapDayBirthdaySaysItIsCountedOnFirstMarch() {
    Facts facts =
        Facts.builder()
            .set("date_of_birth", "2008-02-29")
            .set("in_care_now", true)
            .set("weeks_in_care_since_14", 100)
            .set("care_placement", "foster_carers")
            .build();
    TimelineEntry e =
        timeline(BOOK, facts, "2025-06-01").stream()
            .filter(t -> t.entitlementId().equals("staying-put") && t.change() == Change.STARTS)
            .findFirst()
            .orElseThrow();
    assertThat(e.date()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(e.sentence()).contains("29 February").contains("1 March");
  }

  @Test
  void aLawThatGetsAStartDayShowsInTheTimeline() {
    Parameter inForce =
        new Parameter(
            "staying_close/in_force",
            "test",
            "boolean",
            "",
            List.of(
                new ParameterValue(
                    LocalDate.of(2027, 4, 1), null, true, null, "A test start day", List.of())));
    RuleBook withStart = BOOK.withParameter(inForce);
    Facts frc =
        Facts.builder()
            .set("date_of_birth", "2006-03-10")
            .set("in_care_at_18", true)
            .set("weeks_in_care_since_14", 150)
            .build();
    List<TimelineEntry> entries = timeline(withStart, frc, "2025-06-01");
    assertThat(entries)
        .anySatisfy(
            t -> {
              assertThat(t.entitlementId()).isEqualTo("staying-close");
              assertThat(t.change()).isEqualTo(Change.MAY_START);
              assertThat(t.date()).isEqualTo(LocalDate.of(2027, 4, 1));
              assertThat(t.age()).isNull();
              assertThat(t.sentence()).startsWith("From 1 April 2027");
            });
    assertThat(timeline(BOOK, frc, "2025-06-01"))
        .noneMatch(t -> t.entitlementId().equals("staying-close"));
  }

  @Test
  void withoutADateOfBirthOnlyDatedChangesInTheLawAppear() {
    assertThat(timeline(BOOK, Facts.none(), "2025-06-01")).isEmpty();
  }

  @Test
  void sentencesUseOrdinalsAndPlainDates() {
    assertThat(Sentences.ordinal(21)).isEqualTo("21st");
    assertThat(Sentences.ordinal(22)).isEqualTo("22nd");
    assertThat(Sentences.ordinal(23)).isEqualTo("23rd");
    assertThat(Sentences.ordinal(11)).isEqualTo("11th");
    assertThat(Sentences.ordinal(25)).isEqualTo("25th");
    assertThat(Sentences.format(LocalDate.of(2026, 3, 1))).isEqualTo("1 March 2026");
  }
}
