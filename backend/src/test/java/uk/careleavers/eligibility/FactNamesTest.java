package uk.careleavers.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.api.model.FactName;
import uk.careleavers.api.model.Facts;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;

/** The contract and the engine must name the same facts; this catches either drifting. */
class FactNamesTest {

  private static List<String> engineFactsInApiNames() {
    return FactCatalogue.all().stream().map(FactDefinition::id).map(FactNames::api).toList();
  }

  @Test
  void theContractsFactNamesAreExactlyTheEnginesFacts() {
    assertThat(Arrays.stream(FactName.values()).map(FactName::getValue))
        .containsExactlyInAnyOrderElementsOf(engineFactsInApiNames());
  }

  @Test
  void everyFactOfTheRequestIsAFactOfTheEngine() {
    List<String> properties =
        BeanIntrospection.getIntrospection(Facts.class).getBeanProperties().stream()
            .map(BeanProperty::getName)
            .toList();
    // The two councils travel as top-level request fields, not inside "facts".
    assertThat(properties)
        .containsExactlyInAnyOrderElementsOf(
            engineFactsInApiNames().stream()
                .filter(n -> !n.equals("responsibleCouncil") && !n.equals("councilOfResidence"))
                .toList());
  }

  @Test
  void namesTranslateBothWays() {
    assertThat(FactNames.api("weeks_in_care_since_14")).isEqualTo("weeksInCareSince14");
    assertThat(FactNames.engine("inCare12MonthsInARow")).isEqualTo("in_care_12_months_in_a_row");
    assertThat(FactNames.engine("favouriteColour")).isNull();
  }

  @Test
  void engineFieldsMapToWhereTheClientWroteThem() {
    assertThat(EligibilityController.fieldOf("as_of")).isEqualTo("asOf");
    assertThat(EligibilityController.fieldOf("date_of_birth")).isEqualTo("facts.dateOfBirth");
    assertThat(EligibilityController.fieldOf("responsible_council"))
        .isEqualTo("responsibleCouncil");
  }
}
