package uk.careleavers.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.RuleBookTest;
import uk.careleavers.testing.ApiIT;
import uk.careleavers.testing.Contract.Exchange;

@MicronautTest(transactional = false)
class EntitlementCatalogueIT extends ApiIT {

  @Test
  void theCatalogueHasEveryEntitlementOfTheRuleBook() throws Exception {
    Exchange answer = api.get("/api/v1/entitlements");
    JsonNode catalogue = answer.json();
    List<String> ids = new ArrayList<>();
    catalogue.get("entitlements").forEach(e -> ids.add(e.get("id").asText()));
    assertThat(ids).containsAll(RuleBookTest.RULES_MD);
    assertThat(answer.header("X-Rules-Version")).isEqualTo(catalogue.get("rulesVersion").asText());
  }

  @Test
  void theSettingUpHomeAllowanceShowsItsDatedAmounts() throws Exception {
    JsonNode allowance = api.get("/api/v1/entitlements/leaving-care-allowance").json();
    assertThat(allowance.get("kind").asText()).isEqualTo("GUIDANCE");
    assertThat(allowance.get("amounts").toString())
        .contains("\"pence\":200000")
        .contains("\"pence\":300000")
        .contains("2023-04-01");
  }

  @Test
  void anUnknownEntitlementIsNotFound() {
    assertThat(api.get("/api/v1/entitlements/free-pony").status()).isEqualTo(404);
  }

  @Test
  void everyFactIsSetBySomeQuestion() throws Exception {
    JsonNode catalogue = api.get("/api/v1/questions").json();
    Set<String> set = new HashSet<>();
    catalogue.get("questions").forEach(q -> q.get("setsFacts").forEach(f -> set.add(f.asText())));
    assertThat(set).contains("dateOfBirth", "inCareNow", "mainActivity", "responsibleCouncil");
    assertThat(catalogue.at("/questions/0/text").asText()).isNotBlank();
  }
}
