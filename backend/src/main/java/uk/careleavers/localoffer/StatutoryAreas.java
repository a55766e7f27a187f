package uk.careleavers.localoffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a local offer must cover (RULES.md, "What a local offer must cover"): the six areas of
 * Children and Social Work Act 2017 s.2(4), and the additions of the Children's Wellbeing and
 * Schools Act 2026 s.8, whose commencement is still to be confirmed. An item covers an area by its
 * category, or, for the areas no category names, by the words it uses.
 */
final class StatutoryAreas {
  private static final String CSWA = "Children and Social Work Act 2017 s.2(4)";
  private static final String CWSA = "Children's Wellbeing and Schools Act 2026 s.8";

  record Area(
      String id,
      String title,
      String basis,
      boolean inForce,
      Set<String> categories,
      Pattern words) {

    boolean coveredBy(OfferDocument.Item item) {
      if (categories.contains(item.category())) {
        return true;
      }
      String text = (item.title() + " " + item.description()).toLowerCase(Locale.ROOT);
      return words != null && words.matcher(text).find();
    }
  }

  static final List<Area> ALL =
      List.of(
          new Area(
              "health_and_wellbeing",
              "Health and well-being",
              CSWA + "(a)",
              true,
              Set.of("health_and_wellbeing"),
              null),
          new Area(
              "relationships", "Relationships", CSWA + "(b)", true, Set.of("relationships"), null),
          new Area(
              "education_and_training",
              "Education and training",
              CSWA + "(c)",
              true,
              Set.of("education_and_work"),
              null),
          new Area(
              "employment",
              "Work",
              CSWA + "(d)",
              true,
              Set.of(),
              Pattern.compile("\\b(work|job|employ|apprentice)")),
          new Area(
              "accommodation", "Somewhere to live", CSWA + "(e)", true, Set.of("housing"), null),
          new Area(
              "participation_in_society",
              "Taking part and having your say",
              CSWA + "(f)",
              true,
              Set.of("participation"),
              null),
          new Area(
              "transition_to_adulthood",
              "Getting ready for adult life",
              CWSA,
              false,
              Set.of(),
              Pattern.compile("(independen|adult life|adulthood|on your own)")),
          new Area(
              "financial_literacy",
              "Managing money",
              CWSA,
              false,
              Set.of(),
              Pattern.compile("(budget|managing money|manage money|financial)")),
          new Area(
              "homelessness_prevention",
              "Accommodation and stopping homelessness",
              CWSA,
              false,
              Set.of("housing"),
              null),
          new Area(
              "release_from_custody",
              "Help when leaving custody",
              CWSA,
              false,
              Set.of(),
              Pattern.compile("(custody|prison|released)")),
          new Area(
              "financial_support_under_25",
              "Money for care leavers under 25",
              CWSA,
              false,
              Set.of("money"),
              null));

  private StatutoryAreas() {}

  /** The ids of the items that cover an area, in offer order. */
  static List<String> coverage(Area area, OfferDocument offer) {
    List<String> ids = new ArrayList<>();
    for (OfferDocument.Item item : offer.items()) {
      if (area.coveredBy(item)) {
        ids.add(item.id());
      }
    }
    return ids;
  }
}
