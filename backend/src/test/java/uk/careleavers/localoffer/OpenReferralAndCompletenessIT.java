package uk.careleavers.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.ApiIT;
import uk.careleavers.testing.Contract.Exchange;

@MicronautTest(transactional = false)
class OpenReferralAndCompletenessIT extends ApiIT {

  @Test
  void theOpenReferralExportFollowsTheUkProfile() throws Exception {
    for (String council : List.of("BPL", "LAN", "MAN", "NSM", "TRF")) {
      Exchange answer = api.get("/api/v1/councils/" + council + "/local-offer/oruk");
      assertThat(answer.status()).isEqualTo(200);
      JsonNode services = answer.json();
      assertThat(schema().validate(services)).as(council).isEmpty();
      assertThat(services.get("contents")).isNotEmpty();
    }
  }

  @Test
  void theExportCarriesAgesAmountsAndAreas() throws Exception {
    JsonNode services = api.get("/api/v1/councils/BPL/local-offer/oruk").json().get("contents");
    List<JsonNode> withMoney = new ArrayList<>();
    services.forEach(
        s -> {
          if (!s.get("cost_options").isEmpty()) {
            withMoney.add(s);
          }
        });
    assertThat(withMoney).isNotEmpty();
    JsonNode cost = withMoney.get(0).at("/cost_options/0");
    assertThat(cost.get("currency").asText()).isEqualTo("GBP");
    assertThat(cost.get("amount").decimalValue()).isPositive();
    assertThat(services.findValues("maximum_age")).isNotEmpty();
    assertThat(services.findValuesAsText("uri"))
        .anyMatch(
            uri -> uri.startsWith("http://statistics.data.gov.uk/id/statistical-geography/E"));
  }

  @Test
  void lancashiresOfferCoversTheSixAreasOfThe2017ActAndNamesTheItems() throws Exception {
    JsonNode check = api.get("/api/v1/councils/LAN/local-offer/completeness").json();
    assertThat(check.get("areas")).hasSize(11);
    check
        .get("areas")
        .forEach(
            area -> {
              if (area.get("basis").asText().startsWith("Children and Social Work Act 2017")) {
                assertThat(area.get("covered").asBoolean()).as(area.get("id").asText()).isTrue();
                assertThat(area.get("items")).isNotEmpty();
              }
            });
    assertThat(check.get("missing").toString()).contains("release_from_custody");
  }

  @Test
  void aSmallOfferMissesMostAreasAndSaysWhich() throws Exception {
    JsonNode check = api.get("/api/v1/councils/MAN/local-offer/completeness").json();
    List<String> missing = new ArrayList<>();
    check.get("missing").forEach(m -> missing.add(m.asText()));
    assertThat(missing).contains("accommodation", "relationships", "release_from_custody");
    assertThat(missing).doesNotContain("financial_support_under_25");
  }

  @Test
  void noOfferNoExport() {
    assertThat(api.get("/api/v1/councils/CAM/local-offer/oruk").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/councils/CAM/local-offer/completeness").status()).isEqualTo(404);
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in =
        OpenReferralAndCompletenessIT.class
            .getClassLoader()
            .getResourceAsStream("oruk/service-list.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
