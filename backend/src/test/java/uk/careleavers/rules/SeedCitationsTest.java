package uk.careleavers.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.model.EntitlementInfo;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterValue;

/**
 * Every seed citation points at a line that exists, when the seeds are beside the project
 * (shared/seeds).
 */
class SeedCitationsTest {

  private static Path seeds() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Test
  void everyCitedSeedLineExists() throws IOException {
    Path seeds = seeds();
    assumeTrue(seeds != null, "shared/seeds is not beside this project");
    RuleBook book = RuleBook.load();
    List<String> citations = new ArrayList<>();
    book.catalogue().stream().map(EntitlementInfo::sources).forEach(citations::addAll);
    for (Parameter p : book.parameters().all()) {
      p.values().stream().map(ParameterValue::sources).forEach(citations::addAll);
    }
    assertThat(citations).isNotEmpty();
    for (String c : citations) {
      String[] parts = c.split(":");
      int line = Integer.parseInt(parts[1]);
      try (Stream<Path> files = Files.list(seeds)) {
        Path file =
            files
                .filter(f -> f.getFileName().toString().startsWith(parts[0] + "_"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readAllLines(file)).as(c).hasSizeGreaterThanOrEqualTo(line);
        assertThat(Files.readAllLines(file).get(line - 1)).as(c).isNotBlank();
      }
    }
  }
}
