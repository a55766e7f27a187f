package uk.careleavers.eligibility;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import uk.careleavers.rules.RuleBook;

@Factory
class RulesFactory {

  /** Loaded once at start-up: a bad parameter file stops the app instead of the first check. */
  @Context
  RuleBook ruleBook() {
    return RuleBook.load();
  }

  /** "Today" is the date in England, whatever the server's zone. */
  @Singleton
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/London"));
  }
}
