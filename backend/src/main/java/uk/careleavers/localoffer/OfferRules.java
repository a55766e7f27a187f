package uk.careleavers.localoffer;

import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaverOrEligibleChild;
import static uk.careleavers.rules.logic.Conditions.categoryInIds;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.logic.Conditions.inEducationEmploymentOrTraining;
import static uk.careleavers.rules.logic.Conditions.inEducationOrTraining;
import static uk.careleavers.rules.logic.Conditions.livesIn;
import static uk.careleavers.rules.logic.Conditions.lookedAfterBy;
import static uk.careleavers.rules.logic.Conditions.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.model.AmountPeriod;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Theme;

/**
 * An offer item as a rule of the engine: the item's structured conditions become the engine's
 * data-defined conditions, evaluated by the same three-valued machinery as the national rules.
 */
final class OfferRules {
  private OfferRules() {}

  /** The engine id of an item: unique across councils, never a national rule's id. */
  static String ruleId(String council, String itemId) {
    return council.toLowerCase(Locale.ROOT) + "-" + itemId;
  }

  /**
   * @param areaExpander a council area to every code that lies in it (a county to itself and its
   *     districts), since the young person names the district they live in
   */
  static LocalRule toRule(
      OfferDocument offer,
      OfferDocument.Item item,
      String councilName,
      Function<String, List<String>> areaExpander) {
    LocalRule.Builder rule =
        LocalRule.builder(ruleId(offer.council(), item.id()))
            .title(item.title())
            .description(item.description())
            .theme(theme(item.category()))
            .provider(item.provider().name())
            .legalBasis(
                councilName
                    + "'s local offer for care leavers (Children and Social Work Act 2017 s.2)")
            .sources(item.sources())
            .whatToDo(item.howToClaim())
            .when(conditions(offer.council(), item.conditions(), areaExpander));
    if (item.amount() != null) {
      rule.amount(item.amount().pence(), period(item.amount().unit()), qualifier(item.amount()));
    }
    if (item.raises() != null) {
      rule.raises(item.raises());
    }
    if (item.settles() != null) {
      rule.settles(item.settles());
    }
    return rule.build();
  }

  private static Condition conditions(
      String council, OfferDocument.Conditions c, Function<String, List<String>> areaExpander) {
    List<Condition> parts = new ArrayList<>();
    if (!"residents".equals(c.scope())) {
      parts.add(lookedAfterBy(council));
    }
    // For residents the areas say who qualifies; for a council's own care leavers they narrow it
    // to those living there (a district's leisure centres, say).
    if (!c.areas().isEmpty()) {
      List<String> codes = new ArrayList<>();
      c.areas().forEach(area -> codes.addAll(areaExpander.apply(area)));
      parts.add(livesIn(codes.toArray(String[]::new)));
    }
    parts.add(
        c.categories().isEmpty() ? careLeaverOrEligibleChild() : categoryInIds(c.categories()));
    if (c.age() != null && c.age().min() != null) {
      parts.add(ageAtLeast(c.age().min()));
    }
    if (c.age() != null && c.age().under() != null) {
      parts.add(ageUnder(c.age().under()));
    }
    if (c.activity() != null) {
      parts.add(activity(c.activity()));
    }
    if (c.decidedBy() != null) {
      parts.add(decision(c.decidedBy()));
    }
    return all(parts);
  }

  private static Condition activity(String activity) {
    return switch (activity) {
      case "in_education_or_training" -> inEducationOrTraining();
      case "not_in_education_employment_or_training" -> not(inEducationEmploymentOrTraining());
      default -> inEducationEmploymentOrTraining();
    };
  }

  static Theme theme(String category) {
    return switch (category) {
      case "money" -> Theme.MONEY;
      case "housing" -> Theme.HOUSING;
      case "education_and_work" -> Theme.EDUCATION_AND_WORK;
      case "health_and_wellbeing" -> Theme.HEALTH_AND_WELLBEING;
      case "relationships" -> Theme.RELATIONSHIPS;
      case "participation" -> Theme.PARTICIPATION;
      default -> Theme.SUPPORT_AND_ADVICE;
    };
  }

  static AmountPeriod period(String unit) {
    return switch (unit) {
      case "week" -> AmountPeriod.PER_WEEK;
      case "month" -> AmountPeriod.PER_MONTH;
      case "year" -> AmountPeriod.PER_YEAR;
      default -> AmountPeriod.ONE_OFF;
    };
  }

  static AmountQualifier qualifier(OfferDocument.Amount amount) {
    return switch (String.valueOf(amount.qualifier())) {
      case "up_to" -> AmountQualifier.UP_TO;
      case "at_least" -> AmountQualifier.AT_LEAST;
      default -> AmountQualifier.EXACTLY;
    };
  }
}
