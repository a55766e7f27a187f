package uk.careleavers.rules.questions;

import static uk.careleavers.rules.facts.FactCatalogue.APPRENTICESHIP_START_DATE;
import static uk.careleavers.rules.facts.FactCatalogue.BENEFIT_SANCTIONED;
import static uk.careleavers.rules.facts.FactCatalogue.CARE_PLACEMENT;
import static uk.careleavers.rules.facts.FactCatalogue.COUNCIL_OF_RESIDENCE;
import static uk.careleavers.rules.facts.FactCatalogue.DATE_OF_BIRTH;
import static uk.careleavers.rules.facts.FactCatalogue.HAD_APPRENTICESHIP_BURSARY;
import static uk.careleavers.rules.facts.FactCatalogue.HAS_EHC_PLAN;
import static uk.careleavers.rules.facts.FactCatalogue.HIGHEST_QUALIFICATION;
import static uk.careleavers.rules.facts.FactCatalogue.HOMELESS_OR_AT_RISK;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_12_MONTHS_IN_A_ROW;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AT_18;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_NOW;
import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.facts.FactCatalogue.MOVING_INTO_OWN_HOME;
import static uk.careleavers.rules.facts.FactCatalogue.OWN_HOME_MOVE_DATE;
import static uk.careleavers.rules.facts.FactCatalogue.RENTS_PRIVATELY_WITH_HOUSING_HELP;
import static uk.careleavers.rules.facts.FactCatalogue.RESPONSIBLE_COUNCIL;
import static uk.careleavers.rules.facts.FactCatalogue.SPECIAL_GUARDIANSHIP_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.STARTED_PROGRAMME_BEFORE_19;
import static uk.careleavers.rules.facts.FactCatalogue.SUPPORT_FROM_PARENTS;
import static uk.careleavers.rules.facts.FactCatalogue.WEEKS_IN_CARE_SINCE_14;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageOn31AugustUnder;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.always;
import static uk.careleavers.rules.logic.Conditions.answeredNotSure;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.factIn;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.inCareNow;
import static uk.careleavers.rules.logic.Conditions.inEducationOrTraining;
import static uk.careleavers.rules.logic.Conditions.lookedAfterSince16;
import static uk.careleavers.rules.logic.Conditions.not;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.facts.FactOption;
import uk.careleavers.rules.facts.FactType;
import uk.careleavers.rules.logic.Activities;
import uk.careleavers.rules.logic.Condition;

/**
 * One question per fact (the question id is the fact id), with help text and the condition under
 * which it is asked: a question is asked only when what it depends on is answered accordingly.
 */
public final class QuestionCatalogue {
  private static final Condition ALWAYS = always(true, "Always asked.");
  private static final List<FactOption> YES_NO =
      List.of(new FactOption("yes", "Yes"), new FactOption("no", "No"));

  private QuestionCatalogue() {}

  public static List<QuestionDefinition> build() {
    List<QuestionDefinition> out = new ArrayList<>();
    careQuestions(out);
    lifeQuestions(out);
    return List.copyOf(out);
  }

  /** The questions the care leaver category is derived from, in the order they are asked. */
  private static void careQuestions(List<QuestionDefinition> out) {
    add(out, DATE_OF_BIRTH, "We use it to work out your age. We do not keep it.", ALWAYS, "Always");
    add(
        out,
        IN_CARE_NOW,
        "In care means the council looks after you, for example you live with foster "
            + "carers or in a children's home.",
        ageUnder(18),
        "If you are under 18");
    add(
        out,
        IN_CARE_AT_18,
        "The day before you turned 18, did the council look after you?",
        ageAtLeast(18),
        "If you are 18 or older");
    add(
        out,
        IN_CARE_AFTER_16,
        "Count any time at all, even a short stay.",
        any(
            all(ageAtLeast(16), ageUnder(18), factIs(IN_CARE_NOW, false)),
            all(ageAtLeast(18), factIs(IN_CARE_AT_18, false))),
        "If you are 16 or older and not in care now (or were not in care just before 18)");
    add(
        out,
        WEEKS_IN_CARE_SINCE_14,
        "13 weeks is about 3 months. Add up all the times you were in care. "
            + "A rough guess is fine.",
        lookedAfterSince16(),
        "If you have been in care since your 16th birthday");
    add(
        out,
        SPECIAL_GUARDIANSHIP_AFTER_16,
        "A special guardian is someone a court chose to look after you, "
            + "often a relative. Only answer yes if you were in care just before the order.",
        all(ageAtLeast(16), answeredNotSure(IN_CARE_AFTER_16)),
        "If you are not sure whether you were in care after your 16th birthday");
    add(
        out,
        CARE_PLACEMENT,
        "Kinship foster care means family or friends who the council has approved "
            + "as your foster carers.",
        any(inCareNow(), factIs(IN_CARE_AT_18, true), factIs(IN_CARE_AFTER_16, true)),
        "If you are in care, or were in care after your 16th birthday");
  }

  /** Questions about what the young person is doing and needs now. */
  private static void lifeQuestions(List<QuestionDefinition> out) {
    add(
        out,
        MAIN_ACTIVITY,
        "Pick the one that fits best.",
        ageAtLeast(16),
        "If you are 16 or older");
    add(
        out,
        MOVING_INTO_OWN_HOME,
        "Your own home means a flat or house where you hold the tenancy.",
        all(ageAtLeast(16), ageUnder(25)),
        "If you are 16 to 24");
    add(
        out,
        OWN_HOME_MOVE_DATE,
        "A rough date is fine. It decides which amount applies.",
        factIs(MOVING_INTO_OWN_HOME, true),
        "If you are moving into your own home");
    add(
        out,
        APPRENTICESHIP_START_DATE,
        "It decides how much the bursary is.",
        factIs(MAIN_ACTIVITY, "apprenticeship"),
        "If you are doing an apprenticeship");
    add(
        out,
        HAD_APPRENTICESHIP_BURSARY,
        "You can only get it once.",
        factIs(MAIN_ACTIVITY, "apprenticeship"),
        "If you are doing an apprenticeship");
    add(
        out,
        HAS_EHC_PLAN,
        "An EHC plan sets out extra support for a young person with special "
            + "educational needs or a disability.",
        all(inEducationOrTraining(), ageUnder(25)),
        "If you are in education or training and under 25");
    add(
        out,
        STARTED_PROGRAMME_BEFORE_19,
        "If you started your course when you were 18 or younger, you can "
            + "usually keep the bursary until it ends.",
        all(
            factIn(MAIN_ACTIVITY, Activities.STUDY_PROGRAMME_16_19.toArray()),
            not(ageOn31AugustUnder(19))),
        "If you study at school or college and were 19 or older on 31 August");
    add(
        out,
        SUPPORT_FROM_PARENTS,
        "This means regular money for food, bills or rent.",
        all(factIs(MAIN_ACTIVITY, "school_or_college_full_time"), ageAtLeast(18), ageUnder(21)),
        "If you are 18 to 20 and study full-time at school or college");
    add(
        out,
        IN_CARE_12_MONTHS_IN_A_ROW,
        "A year or more without going home in between.",
        ALWAYS,
        "Always");
    add(
        out,
        HOMELESS_OR_AT_RISK,
        "For example you have nowhere to stay tonight, or you have been told to "
            + "leave your home.",
        all(ageAtLeast(16), ageUnder(25)),
        "If you are 16 to 24");
    add(
        out,
        RENTS_PRIVATELY_WITH_HOUSING_HELP,
        "A private landlord is not the council or a housing " + "association.",
        ageAtLeast(16),
        "If you are 16 or older");
    add(
        out,
        BENEFIT_SANCTIONED,
        "A sanction is when the Jobcentre cuts your money because it says you did "
            + "not do something you agreed to.",
        ageAtLeast(18),
        "If you are 18 or older");
    add(
        out,
        HIGHEST_QUALIFICATION,
        "If you are not sure, choose \"not sure\".",
        all(ageAtLeast(19), ageUnder(24)),
        "If you are 19 to 23");
    add(
        out,
        RESPONSIBLE_COUNCIL,
        "This is the council that was responsible for you in care. It may not "
            + "be where you live now.",
        ALWAYS,
        "Always");
    add(
        out,
        COUNCIL_OF_RESIDENCE,
        "Some help, like council tax, comes from the council where you live.",
        ALWAYS,
        "Always");
  }

  private static void add(
      List<QuestionDefinition> out,
      String factId,
      String help,
      Condition askWhen,
      String askedWhen) {
    FactDefinition fact = FactCatalogue.require(factId);
    Set<String> depends = new LinkedHashSet<>();
    askWhen.factsRead(depends);
    depends.remove(factId);
    List<FactOption> options = fact.type() == FactType.YES_NO ? YES_NO : fact.options();
    // Everyone knows their date of birth; every other answer may honestly be "not sure".
    boolean notSure = !factId.equals(DATE_OF_BIRTH);
    Question q =
        new Question(
            factId,
            fact.question(),
            help,
            fact.type(),
            options,
            notSure,
            List.of(factId),
            List.copyOf(depends),
            askedWhen);
    out.add(new QuestionDefinition(q, askWhen));
  }
}
