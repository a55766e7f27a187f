package uk.careleavers.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.facts.InvalidFactException;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.model.TimelineEntry;
import uk.careleavers.rules.params.YamlFiles;

/**
 * Runs every YAML case under {@code rules/cases/}: one dynamic test per case, named by its sentence
 * (as OpenFisca's YAML tests are). Expected values come from RULES.md, not from the engine.
 */
class RuleCasesTest {
  private static final RuleBook BOOK = RuleBook.load();
  private static final Path CASES = Path.of("src/test/resources/rules/cases");

  @TestFactory
  Stream<DynamicContainer> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
          .map(
              file ->
                  DynamicContainer.dynamicContainer(file.getFileName().toString(), tests(file)));
    }
  }

  static List<Map<String, Object>> load(Path file) {
    try {
      Object raw =
          new org.yaml.snakeyaml.Yaml(
                  new org.yaml.snakeyaml.constructor.SafeConstructor(
                      new org.yaml.snakeyaml.LoaderOptions()))
              .load(Files.readString(file));
      List<Map<String, Object>> out = new ArrayList<>();
      for (Object o : (List<?>) raw) {
        out.add(YamlFiles.map(o, file.toString()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Stream<DynamicTest> tests(Path file) {
    return load(file).stream()
        .map(c -> DynamicTest.dynamicTest(String.valueOf(c.get("name")), () -> run(c)));
  }

  private void run(Map<String, Object> c) {
    LocalDate asOf = YamlFiles.date(c.get("as_of"), "as_of");
    Map<String, Object> expect = YamlFiles.map(c.get("expect"), "expect");
    if (expect.containsKey("error")) {
      Map<String, Object> error = YamlFiles.map(expect.get("error"), "error");
      assertThatThrownBy(() -> BOOK.evaluate(facts(c), asOf))
          .isInstanceOfSatisfying(
              InvalidFactException.class, e -> assertThat(e.field()).isEqualTo(error.get("field")));
      return;
    }
    Evaluation e = BOOK.evaluate(facts(c), asOf, local(c), false);
    List<Executable> checks = new ArrayList<>();
    if (expect.containsKey("category")) {
      checks.add(
          () ->
              assertThat(e.category().category().id())
                  .as("category")
                  .isEqualTo(expect.get("category")));
    }
    if (expect.containsKey("category_missing")) {
      checks.add(
          () ->
              assertThat(e.category().missing())
                  .as("category missing")
                  .containsExactlyInAnyOrderElementsOf(
                      YamlFiles.strings(expect.get("category_missing"))));
    }
    Map<String, Object> outcomes =
        expect.containsKey("entitlements")
            ? YamlFiles.map(expect.get("entitlements"), "entitlements")
            : Map.of();
    outcomes.forEach(
        (id, want) ->
            checks.add(() -> OutcomeExpectation.check(e.outcome(id), YamlFiles.map(want, id))));
    if (expect.containsKey("timeline")) {
      checks.add(() -> checkTimeline(e.timeline(), expect.get("timeline")));
    }
    if (expect.containsKey("first_question")) {
      checks.add(
          () ->
              assertThat(e.nextQuestions())
                  .as("next questions")
                  .isNotEmpty()
                  .first()
                  .extracting(q -> q.questionId())
                  .isEqualTo(expect.get("first_question")));
    }
    if (expect.containsKey("next_questions")) {
      checks.add(
          () ->
              assertThat(e.nextQuestions())
                  .as("next questions")
                  .extracting(q -> q.questionId())
                  .containsExactlyElementsOf(YamlFiles.strings(expect.get("next_questions"))));
    }
    if (expect.containsKey("notes")) {
      checks.add(() -> assertThat(e.notes().size()).as("notes").isEqualTo(expect.get("notes")));
    }
    assertAll(checks);
  }

  private static void checkTimeline(List<TimelineEntry> timeline, Object raw) {
    for (Object o : (List<?>) raw) {
      Map<String, Object> want = YamlFiles.map(o, "timeline");
      LocalDate date = YamlFiles.date(want.get("date"), "timeline date");
      boolean present = Boolean.TRUE.equals(want.getOrDefault("present", true));
      List<TimelineEntry> matching =
          timeline.stream()
              .filter(
                  t ->
                      t.date().equals(date)
                          && t.entitlementId().equals(want.get("entitlement"))
                          && t.change().name().equals(want.get("change")))
              .toList();
      assertThat(matching)
          .as(
              "timeline %s %s %s in %s",
              date, want.get("entitlement"), want.get("change"), timeline)
          .hasSize(present ? 1 : 0);
    }
  }

  private static Facts facts(Map<String, Object> c) {
    Facts.Builder b = Facts.builder();
    if (c.get("facts") != null) {
      YamlFiles.map(c.get("facts"), "facts")
          .forEach((id, v) -> b.set(id, v instanceof java.util.Date d ? YamlFiles.date(d, id) : v));
    }
    return b.build();
  }

  private static LocalRules local(Map<String, Object> c) {
    LocalRules.Builder b = LocalRules.builder();
    for (Object item : YamlFiles.list(c, "local", "local")) {
      b.add(LocalItemYaml.item(YamlFiles.map(item, "local")));
    }
    if (c.get("no_offer_for") != null) {
      YamlFiles.map(c.get("no_offer_for"), "no_offer_for")
          .forEach((id, council) -> b.noOfferFor(id, String.valueOf(council)));
    }
    return b.build();
  }

  /** Checks one outcome against its expectation. */
  static final class OutcomeExpectation {
    private OutcomeExpectation() {}

    static void check(Outcome o, Map<String, Object> want) {
      List<Executable> checks = new ArrayList<>();
      checks.add(
          () ->
              assertThat(o.status().name())
                  .as(o.id() + " status " + o.reasons())
                  .isEqualTo(want.get("status")));
      if (want.containsKey("amount_pence")) {
        Object pence = want.get("amount_pence");
        checks.add(
            () ->
                assertThat(o.amount() == null ? null : o.amount().pence())
                    .as(o.id() + " amount")
                    .isEqualTo(pence == null ? null : ((Number) pence).longValue()));
      }
      if (want.containsKey("missing")) {
        checks.add(
            () ->
                assertThat(o.missing())
                    .as(o.id() + " missing")
                    .containsExactlyInAnyOrderElementsOf(YamlFiles.strings(want.get("missing"))));
      }
      if (want.containsKey("decision")) {
        checks.add(
            () ->
                assertThat(!o.waitsOn().isEmpty())
                    .as(o.id() + " waits on a decision " + o.waitsOn())
                    .isEqualTo(want.get("decision")));
      }
      if (want.containsKey("coming")) {
        checks.add(
            () -> assertThat(o.coming()).as(o.id() + " coming").isEqualTo(want.get("coming")));
      }
      if (want.containsKey("when_in_force")) {
        checks.add(
            () ->
                assertThat(String.valueOf(o.whenInForce()))
                    .as(o.id() + " when in force")
                    .isEqualTo(want.get("when_in_force")));
      }
      if (want.containsKey("on_request")) {
        checks.add(
            () ->
                assertThat(o.onRequest())
                    .as(o.id() + " on request")
                    .isEqualTo(want.get("on_request")));
      }
      if (want.containsKey("reason")) {
        checks.add(
            () ->
                assertThat(o.reasons())
                    .as(o.id() + " reasons")
                    .contains(String.valueOf(want.get("reason"))));
      }
      if (want.containsKey("kind")) {
        checks.add(
            () -> assertThat(o.kind().name()).as(o.id() + " kind").isEqualTo(want.get("kind")));
      }
      assertAll(checks);
    }
  }
}
