package uk.careleavers.rules.local;

import java.util.List;
import java.util.Objects;
import uk.careleavers.rules.entitlements.Rule;
import uk.careleavers.rules.entitlements.RuleInfo;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Conditions;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.logic.Thresholds;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.AmountPeriod;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;
import uk.careleavers.rules.params.Parameters;

/**
 * A council's local-offer item, built from data (RULES.md, "Local offers (data, not code)"). It is
 * evaluated with the national rules in the same evaluation. It may raise a national amount or
 * settle a national LOCAL placeholder such as council tax.
 */
public final class LocalRule extends Rule {
  /** How a local item touches a national rule. */
  public enum Link {
    NONE,
    RAISES,
    SETTLES
  }

  private final Amount amount;
  private final String whatToDo;
  private final Link link;
  private final String linkedTo;

  private LocalRule(Builder b) {
    super(
        new RuleInfo(
            b.id, b.title, b.description, Kind.LOCAL, b.theme, b.legalBasis, b.sources, b.provider),
        b.condition);
    this.amount = b.pence == null ? null : new Amount(b.pence, b.period, b.qualifier, null);
    this.whatToDo = b.whatToDo;
    this.link = b.link;
    this.linkedTo = b.linkedTo;
  }

  /** Thresholds of a local item, worked out once per set of parameters. */
  private volatile Object[] thresholdCache;

  @Override
  public Thresholds thresholds(Parameters parameters) {
    Object[] cached = thresholdCache;
    if (cached != null && cached[0] == parameters) {
      return (Thresholds) cached[1];
    }
    Thresholds t = super.thresholds(parameters);
    thresholdCache = new Object[] {parameters, t};
    return t;
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Link link() {
    return link;
  }

  @Override
  public String linkedTo() {
    return linkedTo;
  }

  @Override
  public Amount amount(Context ctx) {
    return amount;
  }

  /** The item's own amount, or null. */
  public Amount fixedAmount() {
    return amount;
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return status == Status.NOT_ELIGIBLE
        ? "Ask your Personal Adviser what else your council offers."
        : whatToDo;
  }

  /** Builds a local item; id, title, theme, provider and condition are required. */
  public static final class Builder {
    private final String id;
    private String title;
    private String description = "";
    private Theme theme;
    private String provider;
    private String legalBasis = "The council's published local offer";
    private List<String> sources = List.of();
    private Condition condition =
        Conditions.always(true, "This is open to everyone the offer covers.");
    private Long pence;
    private AmountPeriod period = AmountPeriod.ONE_OFF;
    private AmountQualifier qualifier = AmountQualifier.EXACTLY;
    private String whatToDo = "Ask your Personal Adviser or the council how to get this.";
    private Link link = Link.NONE;
    private String linkedTo;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder theme(Theme value) {
      theme = value;
      return this;
    }

    public Builder provider(String value) {
      provider = value;
      return this;
    }

    public Builder legalBasis(String value) {
      legalBasis = value;
      return this;
    }

    public Builder sources(List<String> value) {
      sources = List.copyOf(value);
      return this;
    }

    public Builder when(Condition value) {
      condition = Objects.requireNonNull(value, "condition");
      return this;
    }

    public Builder amount(
        long amountPence, AmountPeriod amountPeriod, AmountQualifier amountQualifier) {
      pence = amountPence;
      period = amountPeriod;
      qualifier = amountQualifier;
      return this;
    }

    public Builder whatToDo(String value) {
      whatToDo = value;
      return this;
    }

    /** This item's amount replaces the national rule's when higher and the item applies. */
    public Builder raises(String nationalId) {
      link = Link.RAISES;
      linkedTo = nationalId;
      return this;
    }

    /** This item answers a national LOCAL placeholder (e.g. {@code council-tax-reduction}). */
    public Builder settles(String nationalId) {
      link = Link.SETTLES;
      linkedTo = nationalId;
      return this;
    }

    public LocalRule build() {
      require(title, "title");
      require(theme, "theme");
      require(provider, "provider");
      if (link == Link.RAISES && pence == null) {
        throw new IllegalArgumentException(
            "Local item " + id + " raises " + linkedTo + " but has no amount");
      }
      return new LocalRule(this);
    }

    private void require(Object value, String name) {
      if (value == null) {
        throw new IllegalArgumentException("Local item " + id + " needs a " + name);
      }
    }
  }
}
