package uk.careleavers.eligibility;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import uk.careleavers.api.model.EligibilityCheckRequest;
import uk.careleavers.api.model.FactName;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;

/** The contract's request to the engine's facts. Every property of {@code Facts} is a fact. */
final class CheckRequestMapper {
  private static final BeanIntrospection<uk.careleavers.api.model.Facts> FACTS =
      BeanIntrospection.getIntrospection(uk.careleavers.api.model.Facts.class);

  private CheckRequestMapper() {}

  static Facts toFacts(EligibilityCheckRequest request) {
    Facts.Builder facts = Facts.builder();
    if (request.getFacts() != null) {
      for (BeanProperty<uk.careleavers.api.model.Facts, Object> property :
          FACTS.getBeanProperties()) {
        Object value = property.get(request.getFacts());
        if (value != null) {
          // Generated enums print as their wire value ("foster_carers").
          Object answer = value instanceof Enum<?> ? value.toString() : value;
          facts.set(FactNames.engine(property.getName()), answer);
        }
      }
    }
    setCouncil(facts, FactCatalogue.RESPONSIBLE_COUNCIL, request.getResponsibleCouncil());
    setCouncil(facts, FactCatalogue.COUNCIL_OF_RESIDENCE, request.getCouncilOfResidence());
    if (request.getNotSure() != null) {
      for (FactName name : request.getNotSure()) {
        facts.notSure(FactNames.engine(name.getValue()));
      }
    }
    return facts.build();
  }

  private static void setCouncil(Facts.Builder facts, String factId, String code) {
    if (code != null) {
      facts.set(factId, code);
    }
  }
}
