package uk.careleavers.rules.logic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.ParameterRead;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterValue;
import uk.careleavers.rules.params.Parameters;

/**
 * One evaluation on one date. Not shared between threads: a new one is made per date checked.
 * Parameter reads are recorded only while a sink is set (the trace), so timeline passes cost less.
 */
public final class Context {
  private static final int DOB = FactCatalogue.require(FactCatalogue.DATE_OF_BIRTH).index();

  private final Facts facts;
  private final LocalDate asOf;
  private final Parameters parameters;
  private final LocalLinks links;
  private final LocalDate dateOfBirth;
  private final Integer age;
  private CategoryState category;
  private List<ParameterRead> reads;

  public Context(Facts facts, LocalDate asOf, Parameters parameters, LocalLinks links) {
    this.facts = facts;
    this.asOf = asOf;
    this.parameters = parameters;
    this.links = links;
    this.dateOfBirth = (LocalDate) facts.value(DOB);
    this.age = dateOfBirth == null ? null : Ages.ageOn(dateOfBirth, asOf);
  }

  public Facts facts() {
    return facts;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public Parameters parameters() {
    return parameters;
  }

  public LocalLinks links() {
    return links;
  }

  /** Whole years on the as-of date, or null without a date of birth. */
  public Integer age() {
    return age;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  /**
   * Reuses {@code earlier}'s category when this context has the same answers and an age in the same
   * band (the timeline checks many dates with the same answers).
   */
  public void shareCategory(Context earlier) {
    if (earlier.facts == facts
        && earlier.category != null
        && CategoryState.band(earlier.age) == CategoryState.band(age)) {
      category = earlier.category;
    }
  }

  public CategoryState category() {
    if (category == null) {
      category = new CategoryState(facts, age);
    }
    return category;
  }

  /** Starts recording parameter reads into {@code sink}; null stops. */
  public void recordInto(List<ParameterRead> sink) {
    this.reads = sink;
  }

  /**
   * The value on {@code at}; {@code pickedBy} is {@code as_of} or the fact id of the event date.
   */
  public Optional<ParameterValue> parameter(String name, LocalDate at, String pickedBy) {
    Parameter p = parameters.get(name);
    Optional<ParameterValue> v = p.at(at);
    if (reads != null) {
      ParameterValue pv = v.orElse(null);
      reads.add(
          new ParameterRead(
              name,
              at,
              pickedBy,
              pv == null ? null : pv.value(),
              p.unit(),
              pv == null ? null : pv.start(),
              pv == null ? p.reference() : pv.reference(),
              pv == null ? List.of() : pv.sources()));
    }
    return v;
  }

  /** A boolean parameter on the as-of date; no value means false (not in force). */
  public boolean flag(String name) {
    return parameter(name, asOf, "as_of").map(ParameterValue::asBoolean).orElse(false);
  }
}
