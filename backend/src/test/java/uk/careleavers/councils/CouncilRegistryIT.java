package uk.careleavers.councils;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.Contract;
import uk.careleavers.testing.Contract.Exchange;

@MicronautTest(transactional = false)
class CouncilRegistryIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient http;

  private Contract api;

  @BeforeEach
  void setUp() {
    api = new Contract(http.toBlocking());
  }

  @Test
  void theMigrationLoadedAllThreeHundredAndSeventeenCouncils() throws Exception {
    JsonNode page = json(api.get("/api/v1/councils?size=400"));
    assertThat(page.get("totalItems").asInt()).isEqualTo(317);
    assertThat(page.get("items")).hasSize(317);
  }

  @Test
  void oneHundredAndFiftyThreeCouncilsRunChildrensServices() throws Exception {
    JsonNode withServices = json(api.get("/api/v1/councils?childrenServices=true&size=400"));
    JsonNode districts = json(api.get("/api/v1/councils?childrenServices=false&size=1"));
    assertThat(withServices.get("totalItems").asInt()).isEqualTo(153);
    assertThat(districts.get("totalItems").asInt()).isEqualTo(164);
  }

  @Test
  void lancashireListsItsTwelveDistricts() throws Exception {
    JsonNode lancashire = json(api.get("/api/v1/councils/LAN"));
    assertThat(lancashire.at("/council/officialName").asText())
        .isEqualTo("Lancashire County Council");
    assertThat(codes(lancashire.get("districts")))
        .hasSize(12)
        .contains("LAC", "PRE", "BUN", "WLA")
        .doesNotContain("BBD", "BPL");
  }

  @Test
  void councilsThatPublishedAnOfferCanBeListedWithItsNumber() throws Exception {
    JsonNode published = json(api.get("/api/v1/councils?publishedOffer=true&size=400"));
    JsonNode notPublished = json(api.get("/api/v1/councils?publishedOffer=false&size=400"));

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
    JsonNode lancashire = json(api.get("/api/v1/councils/LAN"));
    JsonNode offer = json(api.get("/api/v1/councils/LAN/local-offer"));
    assertThat(lancashire.at("/council/localOfferVersion").asInt())
        .isEqualTo(offer.get("version").asInt());
    assertThat(json(api.get("/api/v1/councils/LAC")).at("/council").has("localOfferVersion"))
        .isFalse();
  }

  @Test
  void aDistrictNamesItsCounty() throws Exception {
    JsonNode lancaster = json(api.get("/api/v1/councils/LAC"));
    assertThat(lancaster.at("/council/childrenServices").asBoolean()).isFalse();
    assertThat(lancaster.at("/county/code").asText()).isEqualTo("LAN");
    assertThat(lancaster.get("districts")).isEmpty();
  }

  @Test
  void manchesterSharesItsCombinedAuthorityWithNineCouncils() throws Exception {
    JsonNode manchester = json(api.get("/api/v1/councils/MAN"));
    assertThat(manchester.at("/council/combinedAuthority").asText()).isEqualTo("GMCA");
    assertThat(codes(manchester.get("combinedAuthorityMembers"))).hasSize(9).contains("TRF");
  }

  @Test
  void councilsCanBeFoundByPartOfTheirNameAndType() throws Exception {
    JsonNode page = json(api.get("/api/v1/councils?name=LANC&type=district"));
    assertThat(codes(page.get("items"))).containsExactly("LAC", "WLA");
  }

  @Test
  void likeWildcardsInTheNameAreTakenLiterally() throws Exception {
    assertThat(json(api.get("/api/v1/councils?name=%25")).get("totalItems").asInt()).isZero();
    assertThat(json(api.get("/api/v1/councils?name=_")).get("totalItems").asInt()).isZero();
  }

  @Test
  void pagesFollowOnWithoutOverlap() throws Exception {
    JsonNode first = json(api.get("/api/v1/councils?size=10&page=0"));
    JsonNode second = json(api.get("/api/v1/councils?size=10&page=1"));
    assertThat(codes(first.get("items")))
        .hasSize(10)
        .doesNotContainAnyElementsOf(codes(second.get("items")));
    assertThat(json(api.get("/api/v1/councils?size=10&page=40")).get("items")).isEmpty();
  }

  @Test
  void anUnknownCouncilIsAProblemNotFound() throws Exception {
    Exchange answer = api.get("/api/v1/councils/ZZZ");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(json(answer).get("detail").asText()).contains("ZZZ");
  }

  @Test
  void badPagingIsRefusedNamingTheField() throws Exception {
    Exchange answer = api.getInvalid("/api/v1/councils?page=-1&size=1000");
    assertThat(answer.status()).isEqualTo(400);
    JsonNode problem = json(answer);
    assertThat(problem.get("type").asText()).endsWith("/invalid-request");
    assertThat(problem.findValuesAsText("field")).contains("page", "size");
  }

  @Test
  void aBadCodeIsRefused() throws Exception {
    Exchange answer = api.getInvalid("/api/v1/councils/lan");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(json(answer).findValuesAsText("field")).containsExactly("code");
  }

  private static JsonNode json(Exchange exchange) throws Exception {
    return JSON.readTree(exchange.body());
  }

  private static List<String> codes(JsonNode councils) {
    List<String> codes = new ArrayList<>();
    councils.forEach(
        c -> codes.add(c.has("code") ? c.get("code").asText() : c.at("/council/code").asText()));
    return codes;
  }
}
