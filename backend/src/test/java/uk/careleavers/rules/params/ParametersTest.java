package uk.careleavers.rules.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.model.AmountPeriod;

class ParametersTest {
  private static final Parameters PARAMETERS =
      ParameterLoader.load(ParametersTest.class.getClassLoader());
  private static final Path ROOT = Path.of("src/main/resources/rules/parameters");

  private static long pence(String name, String date) {
    return PARAMETERS.get(name).at(LocalDate.parse(date)).orElseThrow().asLong();
  }

  @Test
  void theDatePicksTheValue() {
    String allowance = "leaving_care_allowance/recommended_minimum";
    assertThat(pence(allowance, "2023-03-31")).isEqualTo(200000);
    assertThat(pence(allowance, "2023-04-01")).isEqualTo(300000);
    assertThat(pence("apprenticeship_bursary/amount", "2023-07-31")).isEqualTo(100000);
    assertThat(pence("apprenticeship_bursary/amount", "2023-08-01")).isEqualTo(300000);
    assertThat(pence("shared_accommodation_rate_exemption/age_limit", "2021-05-30")).isEqualTo(22);
    assertThat(pence("shared_accommodation_rate_exemption/age_limit", "2021-05-31")).isEqualTo(25);
  }

  @Test
  void aValueEndsTheDayBeforeTheNextStartsAndTheLastIsOpen() {
    List<ParameterValue> values =
        PARAMETERS.get("leaving_care_allowance/recommended_minimum").values();
    assertThat(values.get(0).end()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(values.get(1).end()).isNull();
    assertThat(values.get(0).period()).isEqualTo(AmountPeriod.ONE_OFF);
  }

  @Test
  void beforeTheFirstValueThereIsNone() {
    assertThat(PARAMETERS.get("apprenticeship_bursary/available").at(LocalDate.of(2018, 7, 31)))
        .isEmpty();
    assertThat(PARAMETERS.get("personal_adviser/on_request_to_25").at(LocalDate.of(2018, 4, 1)))
        .isPresent();
  }

  @Test
  void stayingCloseHasNoStartDayYet() {
    Parameter p = PARAMETERS.get("staying_close/in_force");
    assertThat(p.values()).isEmpty();
    assertThat(p.reference()).contains("s.78(5)");
    assertThat(p.at(LocalDate.of(2030, 1, 1))).isEmpty();
  }

  @Test
  void everyValueHasAReferenceAndEveryCitationLooksLikeASeedLine() {
    for (Parameter p : PARAMETERS.all()) {
      assertThat(p.unit()).isIn("pence", "years", "boolean");
      for (ParameterValue v : p.values()) {
        assertThat(v.reference()).as(p.name()).isNotBlank();
        assertThat(v.sources()).as(p.name()).allMatch(s -> s.matches("00[0-4]:\\d+"));
      }
    }
  }

  @Test
  void theIndexListsEveryParameterFileAndNothingElse() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<String> onDisk =
          files
              .filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("index.yaml"))
              .map(f -> ROOT.relativize(f).toString().replace('\\', '/').replace(".yaml", ""))
              .sorted()
              .toList();
      assertThat(PARAMETERS.all())
          .extracting(Parameter::name)
          .containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void whatIfCopiesReplaceOneParameter() {
    Parameter open =
        new Parameter(
            "staying_close/in_force",
            "test",
            "boolean",
            "",
            List.of(
                new ParameterValue(LocalDate.of(2027, 4, 1), null, true, null, "test", List.of())));
    Parameters changed = PARAMETERS.with(open);
    assertThat(changed.get("staying_close/in_force").at(LocalDate.of(2027, 4, 1))).isPresent();
    assertThat(PARAMETERS.get("staying_close/in_force").values()).isEmpty();
  }
}
