package uk.careleavers.councils;

import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The council register in memory. It changes only with a migration (and so a restart), and the
 * calculator must never query the database per request: it checks codes here.
 */
@Context
public class CouncilDirectory {
  private final CouncilRepository councils;
  private Map<String, CouncilRow> byCode = Map.of();

  CouncilDirectory(CouncilRepository councils) {
    this.councils = councils;
  }

  @PostConstruct
  void load() {
    byCode =
        councils.search(null, null, null, null, Integer.MAX_VALUE, 0).stream()
            .collect(Collectors.toUnmodifiableMap(CouncilRow::code, Function.identity()));
  }

  public Optional<CouncilRow> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public boolean exists(String code) {
    return byCode.containsKey(code);
  }

  /** The district councils of a county (none for any other council). */
  public List<CouncilRow> districtsOf(String countyCode) {
    return byCode.values().stream()
        .filter(c -> countyCode.equals(c.countyCode()))
        .sorted(Comparator.comparing(CouncilRow::name))
        .toList();
  }
}
