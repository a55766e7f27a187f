package uk.careleavers.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every fact id the engine reads. The ids are API field names: renaming one is a major version of
 * the rule book. The category (eligible child and so on) is never asked: it is derived from these
 * plain answers (RULES.md, "Care leaver status").
 */
public final class FactCatalogue {
  public static final String DATE_OF_BIRTH = "date_of_birth";
  public static final String IN_CARE_NOW = "in_care_now";
  public static final String IN_CARE_AT_18 = "in_care_at_18";
  public static final String IN_CARE_AFTER_16 = "in_care_after_16";
  public static final String WEEKS_IN_CARE_SINCE_14 = "weeks_in_care_since_14";
  public static final String SPECIAL_GUARDIANSHIP_AFTER_16 = "special_guardianship_after_16";
  public static final String CARE_PLACEMENT = "care_placement";
  public static final String MAIN_ACTIVITY = "main_activity";
  public static final String MOVING_INTO_OWN_HOME = "moving_into_own_home";
  public static final String OWN_HOME_MOVE_DATE = "own_home_move_date";
  public static final String APPRENTICESHIP_START_DATE = "apprenticeship_start_date";
  public static final String HAD_APPRENTICESHIP_BURSARY = "had_apprenticeship_bursary";
  public static final String HAS_EHC_PLAN = "has_ehc_plan";
  public static final String STARTED_PROGRAMME_BEFORE_19 = "started_programme_before_19";
  public static final String SUPPORT_FROM_PARENTS = "support_from_parents";
  public static final String IN_CARE_12_MONTHS_IN_A_ROW = "in_care_12_months_in_a_row";
  public static final String HOMELESS_OR_AT_RISK = "homeless_or_at_risk";
  public static final String RENTS_PRIVATELY_WITH_HOUSING_HELP =
      "rents_privately_with_housing_help";
  public static final String BENEFIT_SANCTIONED = "benefit_sanctioned";
  public static final String HIGHEST_QUALIFICATION = "highest_qualification";
  public static final String RESPONSIBLE_COUNCIL = "responsible_council";
  public static final String COUNCIL_OF_RESIDENCE = "council_of_residence";

  /** The one value every fact accepts besides a real answer. */
  public static final String NOT_SURE = "not_sure";

  private static final List<FactDefinition> ALL;
  private static final Map<String, FactDefinition> BY_ID;

  static {
    List<FactDefinition> list = new ArrayList<>();
    careFacts(list);
    lifeFacts(list);
    ALL = List.copyOf(list);
    // A HashMap (never changed after this) looks up faster than Map.copyOf's table.
    Map<String, FactDefinition> byId = new HashMap<>();
    for (FactDefinition d : ALL) {
      byId.put(d.id(), d);
    }
    BY_ID = Collections.unmodifiableMap(byId);
  }

  private FactCatalogue() {}

  /** Facts the care leaver category is derived from (RULES.md, "Care leaver status"). */
  private static void careFacts(List<FactDefinition> list) {
    add(list, DATE_OF_BIRTH, FactType.DATE, "What is your date of birth?");
    add(list, IN_CARE_NOW, FactType.YES_NO, "Are you in care now?");
    add(list, IN_CARE_AT_18, FactType.YES_NO, "Were you in care just before your 18th birthday?");
    add(
        list,
        IN_CARE_AFTER_16,
        FactType.YES_NO,
        "Have you been in care at any time since your 16th birthday?");
    add(
        list,
        WEEKS_IN_CARE_SINCE_14,
        FactType.NUMBER,
        "Since your 14th birthday, about how many weeks have you been in care in total?");
    add(
        list,
        SPECIAL_GUARDIANSHIP_AFTER_16,
        FactType.YES_NO,
        "Did you leave care because a court made a special guardianship order for you after your 16th birthday?");
    add(
        list,
        CARE_PLACEMENT,
        FactType.CHOICE,
        "Where do you live in care? If you have left care, where did you live just before you left?",
        "foster_carers",
        "With foster carers",
        "family_or_friends_foster_carers",
        "With family or friends who are approved as my foster carers",
        "childrens_home",
        "In a children's home",
        "supported_accommodation",
        "In supported accommodation or supported lodgings",
        "somewhere_else",
        "Somewhere else");
  }

  /** Facts about what the young person is doing and needs now. */
  private static void lifeFacts(List<FactDefinition> list) {
    add(
        list,
        MAIN_ACTIVITY,
        FactType.CHOICE,
        "What are you mainly doing now, or about to start?",
        "school_or_college_full_time",
        "Studying full-time at school, sixth form or college",
        "school_or_college_part_time",
        "Studying part-time at school, sixth form or college",
        "university",
        "A university course, or another higher education course",
        "apprenticeship",
        "An apprenticeship",
        "other_training",
        "Other training, like a traineeship",
        "working",
        "Working in a job",
        "none",
        "None of these right now");
    add(
        list,
        MOVING_INTO_OWN_HOME,
        FactType.YES_NO,
        "Are you moving into your own home, or have you just moved?");
    add(
        list,
        OWN_HOME_MOVE_DATE,
        FactType.DATE,
        "When did you move, or when will you move, into your own home?");
    add(
        list,
        APPRENTICESHIP_START_DATE,
        FactType.DATE,
        "When did your apprenticeship start, or when will it start?");
    add(
        list,
        HAD_APPRENTICESHIP_BURSARY,
        FactType.YES_NO,
        "Have you been paid the care leavers' apprenticeship bursary before?");
    add(
        list,
        HAS_EHC_PLAN,
        FactType.YES_NO,
        "Do you have an Education, Health and Care plan (EHC plan)?");
    add(
        list,
        STARTED_PROGRAMME_BEFORE_19,
        FactType.YES_NO,
        "Did you start your course at school or college before you turned 19?");
    add(list, SUPPORT_FROM_PARENTS, FactType.YES_NO, "Do your parents give you money to live on?");
    add(
        list,
        IN_CARE_12_MONTHS_IN_A_ROW,
        FactType.YES_NO,
        "Have you ever been in care for 12 months or more without a break?");
    add(
        list,
        HOMELESS_OR_AT_RISK,
        FactType.YES_NO,
        "Are you homeless, or at risk of losing your home?");
    add(
        list,
        RENTS_PRIVATELY_WITH_HOUSING_HELP,
        FactType.YES_NO,
        "Do you rent from a private landlord and get Housing Benefit or Universal Credit to help with the rent?");
    add(
        list,
        BENEFIT_SANCTIONED,
        FactType.YES_NO,
        "Has your benefit (like Universal Credit) been cut because of a sanction?");
    add(
        list,
        HIGHEST_QUALIFICATION,
        FactType.CHOICE,
        "What is the highest qualification you have?",
        "below_level_2",
        "Below Level 2, for example GCSEs below grade 4, or none",
        "level_2",
        "Level 2, for example 5 GCSEs at grade 4 or above",
        "level_3_or_higher",
        "Level 3 or higher, for example A levels");
    addOpen(list, RESPONSIBLE_COUNCIL, "Which council looked after you?");
    addOpen(list, COUNCIL_OF_RESIDENCE, "Which council area do you live in now?");
  }

  /** {@code options} alternate value, label, value, label... */
  private static void add(
      List<FactDefinition> list, String id, FactType type, String question, String... options) {
    List<FactOption> opts = new ArrayList<>();
    for (int i = 0; i + 1 < options.length; i += 2) {
      opts.add(new FactOption(options[i], options[i + 1]));
    }
    list.add(new FactDefinition(list.size(), id, type, question, opts, false));
  }

  private static void addOpen(List<FactDefinition> list, String id, String question) {
    list.add(new FactDefinition(list.size(), id, FactType.CHOICE, question, List.of(), true));
  }

  public static List<FactDefinition> all() {
    return ALL;
  }

  public static int size() {
    return ALL.size();
  }

  public static Optional<FactDefinition> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The definition, or an {@link InvalidFactException} naming the unknown id. */
  public static FactDefinition require(String id) {
    FactDefinition d = BY_ID.get(id);
    if (d == null) {
      throw new InvalidFactException(
          id, "unknown_fact", "We do not know the question \"" + id + "\".");
    }
    return d;
  }

  /** The index of a fact id, for fast look-ups in {@link Facts}. */
  public static int index(String id) {
    return require(id).index();
  }

  public static FactDefinition at(int index) {
    return ALL.get(index);
  }
}
