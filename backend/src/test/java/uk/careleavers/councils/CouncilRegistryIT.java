package uk.careleavers.councils;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.ApiIT;
import uk.careleavers.testing.Contract.Exchange;

@MicronautTest(transactional = false)
class CouncilRegistryIT extends ApiIT {

  @Test
  void theMigrationLoadedAllThreeHundredAndSeventeenCouncils() throws Exception {
    JsonNode page = api.get("/api/v1/councils?size=400").json();
    assertThat(page.get("totalItems").asInt()).isEqualTo(317);
    assertThat(page.get("items")).hasSize(317);
  }

  @Test
  void oneHundredAndFiftyThreeCouncilsRunChildrensServices() throws Exception {
    JsonNode withServices = api.get("/api/v1/councils?childrenServices=true&size=400").json();
    JsonNode districts = api.get("/api/v1/councils?childrenServices=false&size=1").json();
    assertThat(withServices.get("totalItems").asInt()).isEqualTo(153);
    assertThat(districts.get("totalItems").asInt()).isEqualTo(164);
  }

  @Test
  void lancashireListsItsTwelveDistricts() throws Exception {
    JsonNode lancashire = api.get("/api/v1/councils/LAN").json();
    assertThat(lancashire.at("/council/officialName").asText())
        .isEqualTo("Lancashire County Council");
    assertThat(codes(lancashire.get("districts")))
        .hasSize(12)
        .contains("LAC", "PRE", "BUN", "WLA")
        .doesNotContain("BBD", "BPL");
  }

  @Test
  void councilsThatPublishedAnOfferCanBeListedWithItsNumber() throws Exception {
    JsonNode published = api.get("/api/v1/councils?publishedOffer=true&size=400").json();
    JsonNode notPublished = api.get("/api/v1/councils?publishedOffer=false&size=400").json();

    assertThat(codes(published.get("items"))).contains("LAN", "MAN", "NSM", "TRF", "BPL");
    assertThat(published.get("totalItems").asInt()).isEqualTo(published.get("items").size());
    published
        .get("items")
        .forEach(c -> assertThat(c.get("localOfferVersion").asInt()).isPositive());
    notPublished.get("items").forEach(c -> assertThat(c.has("localOfferVersion")).isFalse());
    assertThat(codes(notPublished.get("items"))).contains("LAC", "LDS").doesNotContain("LAN");
    assertThat(published.get("totalItems").asInt() + notPublished.get("totalItems").asInt())
        .isEqualTo(317);
  }

  @Test
  void aCouncilNamesItsCurrentOfferAndADistrictHasNone() throws Exception {
    JsonNode lancashire = api.get("/api/v1/councils/LAN").json();
    JsonNode offer = api.get("/api/v1/councils/LAN/local-offer").json();
    assertThat(lancashire.at("/council/localOfferVersion").asInt())
        .isEqualTo(offer.get("version").asInt());
    assertThat(api.get("/api/v1/councils/LAC").json().at("/council").has("localOfferVersion"))
        .isFalse();
  }

  @Test
  void aDistrictNamesItsCounty() throws Exception {
    JsonNode lancaster = api.get("/api/v1/councils/LAC").json();
    assertThat(lancaster.at("/council/childrenServices").asBoolean()).isFalse();
    assertThat(lancaster.at("/county/code").asText()).isEqualTo("LAN");
    assertThat(lancaster.get("districts")).isEmpty();
  }

  @Test
  void manchesterSharesItsCombinedAuthorityWithNineCouncils() throws Exception {
    JsonNode manchester = api.get("/api/v1/councils/MAN").json();
    assertThat(manchester.at("/council/combinedAuthority").asText()).isEqualTo("GMCA");
    assertThat(codes(manchester.get("combinedAuthorityMembers"))).hasSize(9).contains("TRF");
  }

  @Test
  void councilsCanBeFoundByPartOfTheirNameAndType() throws Exception {
    JsonNode page = api.get("/api/v1/councils?name=LANC&type=district").json();
    assertThat(codes(page.get("items"))).containsExactly("LAC", "WLA");
  }

  @Test
  void likeWildcardsInTheNameAreTakenLiterally() throws Exception {
    assertThat(api.get("/api/v1/councils?name=%25").json().get("totalItems").asInt()).isZero();
    assertThat(api.get("/api/v1/councils?name=_").json().get("totalItems").asInt()).isZero();
  }

  @Test
  void pagesFollowOnWithoutOverlap() throws Exception {
    JsonNode first = api.get("/api/v1/councils?size=10&page=0").json();
    JsonNode second = api.get("/api/v1/councils?size=10&page=1").json();
    assertThat(codes(first.get("items")))
        .hasSize(10)
        .doesNotContainAnyElementsOf(codes(second.get("items")));
    assertThat(api.get("/api/v1/councils?size=10&page=40").json().get("items")).isEmpty();
  }

  @Test
  void anUnknownCouncilIsAProblemNotFound() throws Exception {
    Exchange answer = api.get("/api/v1/councils/ZZZ");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).contains("ZZZ");
  }

  @Test
  void badPagingIsRefusedNamingTheField() throws Exception {
    Exchange answer = api.getInvalid("/api/v1/councils?page=-1&size=1000");
    assertThat(answer.status()).isEqualTo(400);
    JsonNode problem = answer.json();
    assertThat(problem.get("type").asText()).endsWith("/invalid-request");
    assertThat(problem.findValuesAsText("field")).contains("page", "size");
  }

  @Test
  void aBadCodeIsRefused() throws Exception {
    Exchange answer = api.getInvalid("/api/v1/councils/lan");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().findValuesAsText("field")).containsExactly("code");
  }

  private static List<String> codes(JsonNode councils) {
    List<String> codes = new ArrayList<>();
    councils.forEach(
        c -> codes.add(c.has("code") ? c.get("code").asText() : c.at("/council/code").asText()));
    return codes;
  }
}
