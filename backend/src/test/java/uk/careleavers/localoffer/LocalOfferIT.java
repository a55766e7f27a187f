package uk.careleavers.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.careleavers.testing.ApiIT;
import uk.careleavers.testing.Contract.Exchange;

/** Offers loaded from the files, read in public, and merged into checks. */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalOfferIT extends ApiIT {
  private static final String CARE_LEAVER_AGED_20 =
      "\"dateOfBirth\": \"2006-05-14\", \"inCareNow\": false, \"inCareAt18\": true,"
          + " \"inCareAfter16\": true, \"weeksInCareSince14\": 200,"
          + " \"carePlacement\": \"foster_carers\"";

  @Inject PublishedOffers offers;
  @Inject DatasourceConfiguration database;

  @Test
  @Order(1)
  void aLancashireCareLeaverLivingInLancasterGetsLancashiresItemsAndTheResidentItems()
      throws Exception {
    Map<String, JsonNode> local =
        localOutcomes(check("LAN", "LAC", CARE_LEAVER_AGED_20 + ", \"mainActivity\": \"working\""));

    assertThat(local.get("lan-staying-put-allowance").get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(local.get("lan-free-leisure-lancaster-morecambe").get("status").asText())
        .isEqualTo("ELIGIBLE");
    JsonNode councilTax = local.get("lan-council-tax-exemption-sought");
    assertThat(councilTax.get("status").asText()).isEqualTo("MAYBE");
    assertThat(councilTax.get("waitsOn")).isNotEmpty();
    JsonNode source = local.get("lan-staying-put-allowance").get("localOffer");
    assertThat(source.get("councilCode").asText()).isEqualTo("LAN");
    assertThat(source.get("councilName").asText()).isEqualTo("Lancashire County Council");
    assertThat(source.get("published").asText()).isNotBlank();
    assertThat(source.get("example").asBoolean()).isTrue();
  }

  @Test
  @Order(1)
  void residentItemsFollowWhereYouLiveNotWhoLookedAfterYou() throws Exception {
    Map<String, JsonNode> inLancaster = localOutcomes(check("MAN", "LAC", CARE_LEAVER_AGED_20));
    assertThat(inLancaster).containsKey("lan-council-tax-exemption-sought");
    assertThat(inLancaster).doesNotContainKey("lan-staying-put-allowance");

    Map<String, JsonNode> inManchester = localOutcomes(check("LAN", "MAN", CARE_LEAVER_AGED_20));
    assertThat(inManchester).doesNotContainKey("lan-council-tax-exemption-sought");
    assertThat(inManchester.get("lan-free-leisure-lancaster-morecambe").get("status").asText())
        .isEqualTo("NOT_ELIGIBLE");
  }

  @Test
  @Order(1)
  void aManchesterCareLeaverGetsTheGreaterManchesterTravelOffer() throws Exception {
    Map<String, JsonNode> local = localOutcomes(check("MAN", "MAN", CARE_LEAVER_AGED_20));
    JsonNode travel = local.get("man-free-travel-greater-manchester");
    assertThat(travel.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(travel.at("/localOffer/councilCode").asText()).isEqualTo("MAN");
  }

  @Test
  @Order(1)
  void aDistrictCannotBeTheCouncilThatLookedAfterYou() throws Exception {
    Exchange answer =
        api.postInvalid(
            "/api/v1/eligibility-checks", "{\"responsibleCouncil\": \"LAC\"}", "application/json");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body()).contains("responsibleCouncil").contains("LAN");
  }

  @Test
  @Order(1)
  void theCurrentOfferIsCacheableAndASecondReadWithItsEtagIsNotModified() {
    Exchange first = api.get("/api/v1/councils/NSM/local-offer");
    assertThat(first.status()).isEqualTo(200);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"nsm-1-");
    assertThat(first.header("Cache-Control")).contains("max-age");

    HttpResponse<String> second =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/v1/councils/NSM/local-offer").header("If-None-Match", etag),
                String.class);
    assertThat(second.code()).isEqualTo(304);
    assertThat(second.getHeaders().get("ETag")).isEqualTo(etag);
  }

  @Test
  @Order(1)
  void theCurrentOfferSerialisedOnceReadsExactlyAsItsVersionSerialisedPerRequest() {
    Exchange current = api.get("/api/v1/councils/NSM/local-offer");
    Exchange again = api.get("/api/v1/councils/NSM/local-offer");
    Exchange version = api.get("/api/v1/councils/NSM/local-offer/versions/1");
    assertThat(version.status()).isEqualTo(200);
    assertThat(current.body()).isNotBlank().isEqualTo(version.body()).isEqualTo(again.body());
    assertThat(current.header("Content-Type")).isEqualTo(version.header("Content-Type"));
    assertThat(current.header("Content-Length")).isEqualTo(version.header("Content-Length"));
  }

  @Test
  @Order(1)
  void aCouncilWithNoPublishedOfferIsAProblemNotFound() {
    Exchange answer = api.get("/api/v1/councils/CAM/local-offer");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).contains("no published local offer");
  }

  @Test
  @Order(1)
  void draftsAreNotPublic() {
    assertThat(api.get("/api/v1/councils/LAN/local-offer/versions/2").status()).isEqualTo(404);
  }

  @Test
  @Order(1)
  void aPublishedOfferCannotBeChangedInTheDatabase() throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                database.getUrl(), database.getUsername(), database.getPassword());
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "update local_offer set note = 'changed' where council_code = 'NSM'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("cannot be changed");
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "delete from local_offer_item where offer_id ="
                          + " (select id from local_offer where council_code = 'NSM')"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  @Order(2)
  void publishingANewVersionSupersedesTheOldOneAndKeepsItReadable() throws Exception {
    String etagBefore = api.get("/api/v1/councils/LAN/local-offer").header("ETag");
    offers.publish("LAN", 2, LocalDate.of(2026, 11, 1));

    Exchange current = api.get("/api/v1/councils/LAN/local-offer");
    assertThat(current.json().get("version").asInt()).isEqualTo(2);
    assertThat(current.header("ETag")).isNotEqualTo(etagBefore);

    JsonNode versions = api.get("/api/v1/councils/LAN/local-offer/versions").json();
    assertThat(versions.at("/versions/0/version").asInt()).isEqualTo(2);
    assertThat(versions.at("/versions/0/status").asText()).isEqualTo("published");
    assertThat(versions.at("/versions/1/version").asInt()).isEqualTo(1);
    assertThat(versions.at("/versions/1/status").asText()).isEqualTo("superseded");

    JsonNode first = api.get("/api/v1/councils/LAN/local-offer/versions/1").json();
    assertThat(first.get("status").asText()).isEqualTo("superseded");
    assertThat(first.get("published").asText()).isEqualTo("2017-01-18");
    assertThat(first.toString()).doesNotContain("setting-up-home-allowance");
  }

  @Test
  @Order(3)
  void aRaisedSettingUpHomeAllowanceReplacesTheNationalThreeThousand() throws Exception {
    JsonNode result =
        check(
            "LAN",
            "PRE",
            CARE_LEAVER_AGED_20
                + ", \"movingIntoOwnHome\": true, \"ownHomeMoveDate\": \"2026-12-01\"");
    JsonNode allowance = null;
    for (JsonNode o : result.get("outcomes")) {
      if (o.get("id").asText().equals("leaving-care-allowance")) {
        allowance = o;
      }
    }
    assertThat(allowance.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(allowance.at("/amount/pence").asLong()).isEqualTo(350000);
    assertThat(allowance.at("/amount/raisedBy").asText())
        .contains("£3,500")
        .contains("Lancashire County Council");

    JsonNode elsewhere =
        check(
            "MAN",
            "MAN",
            CARE_LEAVER_AGED_20
                + ", \"movingIntoOwnHome\": true, \"ownHomeMoveDate\": \"2026-12-01\"");
    for (JsonNode o : elsewhere.get("outcomes")) {
      if (o.get("id").asText().equals("leaving-care-allowance")) {
        assertThat(o.at("/amount/pence").asLong()).isEqualTo(300000);
      }
    }
  }

  private JsonNode check(String responsible, String residence, String facts) throws Exception {
    Exchange answer =
        api.post(
            "/api/v1/eligibility-checks",
            "{\"asOf\": \"2026-11-23\", \"responsibleCouncil\": \""
                + responsible
                + "\", \"councilOfResidence\": \""
                + residence
                + "\", \"facts\": {"
                + facts
                + "}}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static Map<String, JsonNode> localOutcomes(JsonNode result) {
    Map<String, JsonNode> local = new HashMap<>();
    result
        .get("outcomes")
        .forEach(
            o -> {
              if (o.has("localOffer")) {
                local.put(o.get("id").asText(), o);
              }
            });
    return local;
  }
}
