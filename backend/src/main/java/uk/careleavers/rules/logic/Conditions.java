package uk.careleavers.rules.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.facts.FactType;
import uk.careleavers.rules.model.CareLeaverCategory;
import uk.careleavers.rules.model.Tri;

/**
 * Factories for conditions. National rules and councils' local-offer items (built from data) use
 * the same ones, so both are evaluated the same way. Arguments are checked when the condition is
 * built: an unknown fact id or answer throws {@link IllegalArgumentException}.
 */
public final class Conditions {
  private Conditions() {}

  public static Condition all(Condition... parts) {
    return new Composite(true, Arrays.asList(parts));
  }

  public static Condition all(List<Condition> parts) {
    return new Composite(true, new ArrayList<>(parts));
  }

  public static Condition any(Condition... parts) {
    return new Composite(false, Arrays.asList(parts));
  }

  public static Condition any(List<Condition> parts) {
    return new Composite(false, new ArrayList<>(parts));
  }

  public static Condition not(Condition inner) {
    return new Not(inner);
  }

  /** Gives a condition its own sentences for true and false (unknown keeps the inner words). */
  public static Condition describedAs(Condition inner, String whenTrue, String whenFalse) {
    return new Described(inner, whenTrue, whenFalse, null);
  }

  public static Condition describedAs(
      Condition inner, String whenTrue, String whenFalse, String whenUnknown) {
    return new Described(inner, whenTrue, whenFalse, whenUnknown);
  }

  public static Condition always(boolean value, String text) {
    return new Always(Tri.of(value), text);
  }

  /** Waits on a person's decision, e.g. "The council decides after an assessment." */
  public static Condition decision(String who) {
    return new Decision(who);
  }

  public static Condition ageAtLeast(int years) {
    return new AgeCondition(years, true);
  }

  /** Before the {@code years}-th birthday. */
  public static Condition ageUnder(int years) {
    return new AgeCondition(years, false);
  }

  /** {@code min <= age < maxExclusive}, as local offers state age ranges. */
  public static Condition ageBetween(int min, int maxExclusive) {
    return all(ageAtLeast(min), ageUnder(maxExclusive));
  }

  public static Condition ageUnderParameter(String parameter) {
    return new AgeUnderParameter(parameter);
  }

  public static Condition ageOn31AugustUnder(int years) {
    return new AcademicYearAge(years);
  }

  public static Condition ageAtEventUnder(
      String eventFact, String parameter, String whenTrue, String whenFalse) {
    return new EventCondition(eventFact, parameter, true, whenTrue, whenFalse);
  }

  public static Condition onEventDate(
      String eventFact, String parameter, String whenTrue, String whenFalse) {
    return new EventCondition(eventFact, parameter, false, whenTrue, whenFalse);
  }

  public static Condition inForce(String parameter, String whenTrue, String whenFalse) {
    return new InForce(parameter, whenTrue, whenFalse);
  }

  public static Condition categoryIn(CareLeaverCategory... categories) {
    return categoryIn(Arrays.asList(categories));
  }

  public static Condition categoryIn(Collection<CareLeaverCategory> categories) {
    if (categories.isEmpty() || categories.contains(CareLeaverCategory.UNKNOWN)) {
      throw new IllegalArgumentException("categoryIn needs known categories");
    }
    return new CategoryIn(EnumSet.copyOf(categories));
  }

  /** By ids such as {@code former_relevant_child}, for data-defined items. */
  public static Condition categoryInIds(Collection<String> ids) {
    List<CareLeaverCategory> categories = new ArrayList<>();
    for (String id : ids) {
      categories.add(CareLeaverCategory.fromId(id));
    }
    return categoryIn(categories);
  }

  /** In care at any time on or after the 16th birthday. */
  public static Condition lookedAfterSince16() {
    return new Derived(
        "looked_after_since_16",
        code -> (code & CategoryState.LOOKED_AFTER_16) != 0,
        "You have been in care since your 16th birthday.",
        "You have not been in care since your 16th birthday.",
        "We don't know yet if you have been in care since your 16th birthday.");
  }

  /** Left care, having been in care on or after the 16th birthday. */
  public static Condition careLeaver() {
    return new Derived(
        "care_leaver",
        code -> (code & CategoryState.LEFT_CARE) != 0,
        "You have left care, and you were in care after your 16th birthday.",
        "This is for young people who were in care after their 16th birthday and have left care.",
        "We don't know yet if you left care after your 16th birthday.");
  }

  /** A care leaver, or an eligible child getting ready to leave care. */
  public static Condition careLeaverOrEligibleChild() {
    int eligible = CareLeaverCategory.ELIGIBLE_CHILD.ordinal();
    return new Derived(
        "care_leaver_or_eligible_child",
        code -> (code & CategoryState.LEFT_CARE) != 0 || (code & 7) == eligible,
        "You are a care leaver, or getting ready to leave care.",
        "This is for care leavers, and for young people aged 16 or 17 getting ready to leave care.",
        "We don't know yet if you are a care leaver.");
  }

  /** In care now (never true from the 18th birthday: a child is under 18). */
  public static Condition inCareNow() {
    return new Derived(
        "in_care_now",
        code -> (code & CategoryState.IN_CARE_NOW_BIT) != 0,
        "You are in care now.",
        "You are not in care now.",
        "We don't know yet if you are in care now.");
  }

  public static Condition factIs(String factId, Object value) {
    return factIn(factId, value);
  }

  public static Condition factIn(String factId, Object... values) {
    FactDefinition fact = known(factId);
    Set<Object> accepted = new HashSet<>();
    for (Object v : values) {
      accepted.add(normalise(fact, v));
    }
    return new FactIs(fact, accepted);
  }

  /** The fact was answered "not sure" (used by question dependencies). */
  public static Condition answeredNotSure(String factId) {
    return new NotSureAnswer(known(factId));
  }

  public static Condition inEducationOrTraining() {
    return describedAs(
        factIn(FactCatalogue.MAIN_ACTIVITY, Activities.EDUCATION_OR_TRAINING.toArray()),
        "You are in education or training.",
        "You are not in education or training.");
  }

  public static Condition inEducationEmploymentOrTraining() {
    return describedAs(
        factIn(FactCatalogue.MAIN_ACTIVITY, Activities.EDUCATION_EMPLOYMENT_OR_TRAINING.toArray()),
        "You are in education, work or training.",
        "You are not in education, work or training.");
  }

  /** Lives in one of these council areas (council codes, as the adapter names them). */
  public static Condition livesIn(String... councilCodes) {
    return factIn(FactCatalogue.COUNCIL_OF_RESIDENCE, (Object[]) councilCodes);
  }

  /** Was looked after by one of these councils: a care leaver "of this council". */
  public static Condition lookedAfterBy(String... councilCodes) {
    return factIn(FactCatalogue.RESPONSIBLE_COUNCIL, (Object[]) councilCodes);
  }

  /** Answered by the linked local items; with none, waits on {@code askTheCouncil}. */
  public static Condition localOffer(String nationalId, String askTheCouncil) {
    return new LocalSettled(nationalId, askTheCouncil);
  }

  private static FactDefinition known(String factId) {
    return FactCatalogue.find(factId)
        .orElseThrow(() -> new IllegalArgumentException("Unknown fact id: " + factId));
  }

  private static Object normalise(FactDefinition fact, Object value) {
    if (fact.type() == FactType.YES_NO) {
      if (value instanceof Boolean) {
        return value;
      }
      if ("yes".equals(value) || "no".equals(value)) {
        return "yes".equals(value);
      }
    } else if (fact.type() == FactType.CHOICE && value instanceof String s && fact.allows(s)) {
      return s;
    }
    throw new IllegalArgumentException("\"" + value + "\" is not an answer to " + fact.id());
  }
}
