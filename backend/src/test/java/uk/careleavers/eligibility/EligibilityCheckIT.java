package uk.careleavers.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.testing.ApiIT;
import uk.careleavers.testing.Contract.Exchange;

@MicronautTest(transactional = false)
class EligibilityCheckIT extends ApiIT {
  private static final String CHECKS = "/api/v1/eligibility-checks";

  @Test
  void aUniversityStudentWhoLeftFosterCareAt18GetsTheBursaryAndAnAdviser() throws Exception {
    Exchange answer =
        api.post(
            CHECKS,
            """
            {"asOf": "2026-11-23", "responsibleCouncil": "LAN", "councilOfResidence": "LAC",
             "facts": {"dateOfBirth": "2006-05-14", "inCareNow": false, "inCareAt18": true,
                       "inCareAfter16": true, "weeksInCareSince14": 200,
                       "carePlacement": "foster_carers", "mainActivity": "university"}}
            """);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode result = answer.json();
    assertThat(answer.header("X-Rules-Version"))
        .isNotBlank()
        .isEqualTo(result.get("rulesVersion").asText());
    assertThat(result.get("age").asInt()).isEqualTo(20);
    assertThat(result.at("/category/category").asText()).isEqualTo("FORMER_RELEVANT_CHILD");
    assertThat(outcome(result, "personal-adviser").get("status").asText()).isEqualTo("ELIGIBLE");
    JsonNode bursary = outcome(result, "higher-education-bursary");
    assertThat(bursary.get("status").asText()).isEqualTo("ELIGIBLE");
    assertThat(bursary.at("/amount/pence").asLong()).isEqualTo(200000);
    assertThat(bursary.get("sources")).isNotEmpty();
    assertThat(bursary.has("trace")).isFalse();
    assertThat(result.get("timeline")).isNotEmpty();
  }

  @Test
  void withNoAnswersEverythingIsMaybeAndTheDateOfBirthIsAskedFirst() throws Exception {
    JsonNode result = api.post(CHECKS, "{\"asOf\": \"2026-11-23\"}").json();

    assertThat(result.at("/category/category").asText()).isEqualTo("UNKNOWN");
    assertThat(outcome(result, "personal-adviser").get("status").asText()).isEqualTo("MAYBE");
    assertThat(outcome(result, "personal-adviser").get("missing").toString())
        .contains("dateOfBirth");
    assertThat(result.at("/nextQuestions/0/facts/0").asText()).isEqualTo("dateOfBirth");
  }

  @Test
  void notSureCountsAsUnknownNotAsNo() throws Exception {
    JsonNode result =
        api.post(
                CHECKS,
                """
                    {"asOf": "2026-11-23", "notSure": ["inCareNow"],
                     "facts": {"dateOfBirth": "2009-06-01"}}
                    """)
            .json();
    assertThat(outcome(result, "support-16-17").get("status").asText()).isEqualTo("MAYBE");
  }

  @Test
  void theTraceIsThereOnRequest() throws Exception {
    JsonNode result =
        api.post(
                CHECKS,
                """
                    {"asOf": "2026-11-23", "includeTrace": true,
                     "facts": {"dateOfBirth": "2006-05-14", "movingIntoOwnHome": true,
                               "ownHomeMoveDate": "2026-12-01"}}
                    """)
            .json();
    JsonNode trace = outcome(result, "leaving-care-allowance").get("trace");
    assertThat(trace.at("/conditions/text").asText()).isNotBlank();
    assertThat(trace.get("parameters").toString())
        .contains("leaving_care_allowance")
        .contains("ownHomeMoveDate");
  }

  @Test
  void aDateBeforeApril2018IsRefusedNamingTheField() throws Exception {
    assertUnprocessable("{\"asOf\": \"2018-03-31\"}", "asOf");
  }

  @Test
  void aBirthInTheFutureIsRefused() throws Exception {
    assertUnprocessable(
        "{\"asOf\": \"2026-11-23\", \"facts\": {\"dateOfBirth\": \"2027-01-01\"}}",
        "facts.dateOfBirth");
  }

  @Test
  void moreWeeksInCareThanAliveIsRefused() throws Exception {
    assertUnprocessable(
        "{\"asOf\": \"2026-11-23\", \"facts\": {\"dateOfBirth\": \"2016-01-01\","
            + " \"weeksInCareSince14\": 600}}",
        "facts.weeksInCareSince14");
  }

  @Test
  void anUnknownCouncilIsRefused() throws Exception {
    assertUnprocessable("{\"responsibleCouncil\": \"ZZZ\"}", "responsibleCouncil");
  }

  @Test
  void answersOfTheWrongTypeAreBadRequests() throws Exception {
    Exchange answer =
        api.postInvalid(
            CHECKS, "{\"facts\": {\"dateOfBirth\": \"yesterday\"}}", "application/json");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void unknownPropertiesAreBadRequests() throws Exception {
    Exchange answer =
        api.postInvalid(CHECKS, "{\"facts\": {\"favouriteColour\": \"blue\"}}", "application/json");
    assertThat(answer.status()).isEqualTo(400);
  }

  private void assertUnprocessable(String body, String field) throws Exception {
    Exchange answer = api.postInvalid(CHECKS, body, "application/json");
    assertThat(answer.status()).isEqualTo(422);
    JsonNode problem = answer.json();
    assertThat(problem.get("type").asText()).endsWith("/unprocessable");
    assertThat(problem.findValuesAsText("field")).containsExactly(field);
  }

  static JsonNode outcome(JsonNode result, String id) {
    List<JsonNode> matches = new ArrayList<>();
    result
        .get("outcomes")
        .forEach(
            o -> {
              if (o.get("id").asText().equals(id)) {
                matches.add(o);
              }
            });
    assertThat(matches).as("outcome %s", id).hasSize(1);
    return matches.get(0);
  }
}
