package uk.careleavers.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class OfferFilesTest {
  private static final Path INVALID = Path.of("src/test/resources/offers-invalid");
  private final OfferFiles files = new OfferFiles();

  @Test
  void everyShippedAndTestOfferFollowsTheSchema() {
    List<OfferFiles.OfferFile> all = files.readAll();
    assertThat(all)
        .extracting(f -> f.document().council() + " v" + f.document().version())
        .contains("LAN v1", "LAN v2", "MAN v1", "NSM v1", "TRF v1", "BPL v1");
  }

  @Test
  void aBrokenFileNamesTheFileAndTheField() {
    byte[] yaml = "council: LAN\nversion: 1\nstatus: published\nitems: []\n".getBytes();
    assertThatThrownBy(() -> files.parse("offers/broken.yaml", yaml))
        .isInstanceOf(InvalidOfferFileException.class)
        .hasMessageStartingWith("offer file offers/broken.yaml: ")
        .hasMessageContaining("$");
  }

  /** Each file there breaks one rule of the schema on purpose (its name says which). */
  @TestFactory
  Stream<DynamicTest> everyInvalidFileIsRefused() throws IOException {
    List<Path> invalid;
    try (Stream<Path> listed = Files.list(INVALID)) {
      invalid = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(invalid).hasSizeGreaterThan(30);
    return invalid.stream()
        .map(
            path ->
                DynamicTest.dynamicTest(
                    path.getFileName().toString(),
                    () ->
                        assertThatThrownBy(
                                () -> files.parse(path.toString(), Files.readAllBytes(path)))
                            .isInstanceOf(InvalidOfferFileException.class)
                            .hasMessageContaining(path.getFileName().toString())));
  }
}
