package uk.careleavers.rules.entitlements;

import java.util.List;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Theme;

/**
 * What a rule is and where it comes from.
 *
 * @param legalBasis the statute, guidance or scheme, as plain text
 * @param sources seed citations such as {@code 001:1502}
 * @param provider who gives it (the council, a school or college, Jobcentre Plus...)
 */
public record RuleInfo(
    String id,
    String title,
    String summary,
    Kind kind,
    Theme theme,
    String legalBasis,
    List<String> sources,
    String provider) {

  public RuleInfo {
    sources = List.copyOf(sources);
  }
}
