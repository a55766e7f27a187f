package uk.careleavers.webui.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a young person's phone downloads on the first page: the production bundle the build just
 * made (target/classes), read as a browser loads it (ADR 0009). Staff screens' components (grids,
 * the login form, editors) must stay in chunks loaded only on their routes.
 */
class ProductionBundleTest {
  /** Components only staff screens use; none may be part of what every page loads. */
  static final Set<String> STAFF_ONLY =
      Set.of(
          "vaadin-grid",
          "vaadin-grid-pro",
          "vaadin-crud",
          "vaadin-login-form",
          "vaadin-login-overlay",
          "vaadin-rich-text-editor",
          "vaadin-upload",
          "vaadin-dialog",
          "vaadin-confirm-dialog",
          "vaadin-date-picker",
          "vaadin-date-time-picker",
          "vaadin-menu-bar",
          "vaadin-tabsheet",
          "vaadin-app-layout");

  /**
   * The scripts every page loads, brotli-compressed, at most (docs/performance.md: 250 KB a page).
   */
  static final long EAGER_BUDGET = 100 * 1024;

  private final ProductionBundle bundle = new ProductionBundle(builtWebapp());

  @Test
  void everyPageLoadsNoStaffOnlyComponent() {
    Set<String> eager = bundle.eager();

    assertThat(bundle.elementsDefinedBy(eager)).doesNotContainAnyElementsOf(STAFF_ONLY);
  }

  @Test
  void theEagerScriptsAreTheFlowClientAndStayUnderBudget() {
    Set<String> eager = bundle.eager();

    assertThat(eager).anyMatch(s -> s.startsWith("FlowClient-"));
    assertThat(eager).anyMatch(s -> s.startsWith("generated-flow-imports-"));
    assertThat(bundle.brotliBytes(eager)).isLessThanOrEqualTo(EAGER_BUDGET);
  }

  @Test
  void theQuestionsComponentsAreInTheBundleButLoadedOnlyWhereUsed() {
    Set<String> all = bundle.elementsDefinedBy(bundle.all());
    Set<String> eager = bundle.elementsDefinedBy(bundle.eager());

    // Proves the reading finds definitions at all, so the first test cannot pass by finding none.
    assertThat(all)
        .contains("vaadin-button", "vaadin-text-field", "vaadin-radio-group", "vaadin-combo-box");
    assertThat(eager).doesNotContain("vaadin-combo-box", "vaadin-radio-group");
  }

  @Test
  void aStaffComponentImportedByTheEntryWouldBeCaught(@TempDir Path webapp) throws IOException {
    Path build = Files.createDirectories(webapp.resolve("VAADIN/build"));
    Files.writeString(
        webapp.resolve("index.html"),
        "<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-A1.js\"></script>");
    Files.writeString(
        build.resolve("indexhtml-A1.js"),
        "import{x}from\"./shared-B2.js\";const f=()=>import(\"./FlowClient-C3.js\");");
    Files.writeString(
        build.resolve("shared-B2.js"), "class G{static get is(){return\"vaadin-grid\"}}");
    Files.writeString(
        build.resolve("FlowClient-C3.js"),
        "const r=()=>import(\"./chunk-D4.js\");customElements.define(\"vaadin-button\",B);");
    Files.writeString(
        build.resolve("chunk-D4.js"), "class L{static get is(){return\"vaadin-login-form\"}}");
    ProductionBundle made = new ProductionBundle(webapp);

    assertThat(made.eager())
        .containsExactlyInAnyOrder("indexhtml-A1.js", "shared-B2.js", "FlowClient-C3.js");
    assertThat(made.elementsDefinedBy(made.eager()))
        .containsExactlyInAnyOrder("vaadin-grid", "vaadin-button");
  }

  private static Path builtWebapp() {
    URL index =
        ProductionBundleTest.class
            .getClassLoader()
            .getResource("META-INF/VAADIN/webapp/index.html");
    if (index == null || !"file".equals(index.getProtocol())) {
      throw new IllegalStateException(
          "No production bundle in target/classes: the web UI's build makes it (vaadin-maven-plugin)");
    }
    try {
      return Path.of(index.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
