package uk.careleavers.webui.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core on the browser's current page against WCAG 2.2 A and AA. */
public final class Axe {
  /** The axe tags we hold every page to: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  public static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private Axe() {}

  /** Fails with one readable line per violation and affected element if axe finds any. */
  public static void check(Browser browser) {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
    if (results.isErrored()) {
      throw new AssertionError("axe could not run: " + results.getErrorMessage());
    }
    if (!results.getViolations().isEmpty()) {
      throw new AssertionError(
          "axe found "
              + results.getViolations().size()
              + " accessibility violation(s) on "
              + results.getUrl()
              + ":\n"
              + describe(results.getViolations()));
    }
  }

  static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                "- "
                    + rule.getId()
                    + " ("
                    + rule.getImpact()
                    + "): "
                    + rule.getHelp()
                    + " "
                    + rule.getHelpUrl()
                    + "\n"
                    + rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(CheckedNode node) {
    return "    at "
        + node.getTarget()
        + "\n      "
        + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
  }
}
