package uk.careleavers.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactsTest {

  @Test
  void notSureAndAbsentAreBothUnknownButDifferent() {
    Facts f = Facts.builder().notSure(FactCatalogue.IN_CARE_NOW).build();
    assertThat(f.isKnown(FactCatalogue.IN_CARE_NOW)).isFalse();
    assertThat(f.isNotSure(FactCatalogue.IN_CARE_NOW)).isTrue();
    assertThat(f.isNotSure(FactCatalogue.IN_CARE_AT_18)).isFalse();
    assertThat(f.yesNo(FactCatalogue.IN_CARE_NOW)).isEmpty();
  }

  @Test
  void looseValuesAreParsedByFactType() {
    Facts f =
        Facts.builder()
            .set("date_of_birth", "2006-03-10")
            .set("in_care_now", "yes")
            .set("weeks_in_care_since_14", "40")
            .set("main_activity", "university")
            .set("homeless_or_at_risk", false)
            .set("has_ehc_plan", "not_sure")
            .build();
    assertThat(f.date("date_of_birth")).contains(LocalDate.of(2006, 3, 10));
    assertThat(f.yesNo("in_care_now")).contains(true);
    assertThat(f.number("weeks_in_care_since_14")).contains(40);
    assertThat(f.choice("main_activity")).contains("university");
    assertThat(f.yesNo("homeless_or_at_risk")).contains(false);
    assertThat(f.isNotSure("has_ehc_plan")).isTrue();
  }

  @Test
  void wrongTypesUnknownFactsAndUnknownOptionsNameTheField() {
    assertThatThrownBy(() -> Facts.builder().set("in_care_now", "perhaps"))
        .isInstanceOfSatisfying(
            InvalidFactException.class,
            e -> {
              assertThat(e.field()).isEqualTo("in_care_now");
              assertThat(e.problem()).isEqualTo("wrong_type");
            });
    assertThatThrownBy(() -> Facts.builder().set("shoe_size", 5))
        .isInstanceOfSatisfying(
            InvalidFactException.class, e -> assertThat(e.problem()).isEqualTo("unknown_fact"));
    assertThatThrownBy(() -> Facts.builder().choice("main_activity", "astronaut"))
        .isInstanceOfSatisfying(
            InvalidFactException.class, e -> assertThat(e.problem()).isEqualTo("unknown_option"));
    assertThatThrownBy(() -> Facts.builder().set("date_of_birth", "10/03/2006"))
        .isInstanceOf(InvalidFactException.class);
  }

  @Test
  void councilCodesAreOpenChoices() {
    Facts f = Facts.builder().choice(FactCatalogue.RESPONSIBLE_COUNCIL, "E10000017").build();
    assertThat(f.choice(FactCatalogue.RESPONSIBLE_COUNCIL)).contains("E10000017");
  }

  @Test
  void factsAreValuesIndependentOfTheOrderTheyWereSet() {
    Facts a =
        Facts.builder().yesNo("in_care_now", true).number("weeks_in_care_since_14", 20).build();
    Facts b =
        Facts.builder().number("weeks_in_care_since_14", 20).yesNo("in_care_now", true).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.asMap()).containsKeys("in_care_now", "weeks_in_care_since_14");
  }

  @Test
  void everyFactIdIsSnakeCaseAndUnique() {
    assertThat(FactCatalogue.all())
        .extracting(FactDefinition::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9_]+"));
  }
}
