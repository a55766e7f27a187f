package uk.careleavers.webui.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the production bundle Vite wrote ({@code index.html} and {@code VAADIN/build/*.js}) the way
 * a browser loads it: the entry script named by the page, the Flow client it starts (its dynamic
 * imports: every page loads them), and whatever those import statically. The chunks that {@code
 * generated-flow-imports} loads on demand, when a route needs them, are not eager.
 */
final class ProductionBundle {
  private static final Pattern ENTRY =
      Pattern.compile("<script type=\"module\"[^>]*src=\"\\./VAADIN/build/([^\"]+\\.js)\"");
  private static final Pattern STATIC_IMPORT =
      Pattern.compile(
          "(?:\\bimport|\\bexport)\\s*(?:[\\w*{}\\s,$]*?from\\s*)?[\"']\\./([^\"']+\\.js)[\"']");
  private static final Pattern DYNAMIC_IMPORT =
      Pattern.compile("\\bimport\\(\\s*[\"']\\./([^\"']+\\.js)[\"']\\s*\\)");
  private static final Pattern DEFINES =
      Pattern.compile(
          "get is\\(\\)\\s*\\{\\s*return\\s*[\"']([a-z0-9-]+)[\"']"
              + "|customElements\\.define\\(\\s*[\"']([a-z0-9-]+)[\"']");

  private final Path webapp;
  private final Path build;

  /** {@code webapp}: the folder holding index.html and VAADIN/build. */
  ProductionBundle(Path webapp) {
    this.webapp = webapp;
    this.build = webapp.resolve("VAADIN/build");
  }

  /** The entry script the page names. */
  String entry() {
    Matcher m = ENTRY.matcher(read(webapp.resolve("index.html")));
    if (!m.find()) {
      throw new IllegalStateException("index.html names no module script in VAADIN/build");
    }
    return m.group(1);
  }

  /**
   * The scripts every page loads: the entry, its dynamic imports, and all they import statically.
   */
  Set<String> eager() {
    String entry = entry();
    Set<String> roots = new LinkedHashSet<>();
    roots.add(entry);
    roots.addAll(matches(DYNAMIC_IMPORT, read(build.resolve(entry))));
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String file = todo.pop();
      if (seen.add(file)) {
        todo.addAll(matches(STATIC_IMPORT, read(build.resolve(file))));
      }
    }
    return seen;
  }

  /** Every script of the bundle. */
  Set<String> all() {
    try (var files = Files.list(build)) {
      Set<String> names = new TreeSet<>();
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".js")).forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The custom elements the given scripts define. */
  Set<String> elementsDefinedBy(Set<String> scripts) {
    Set<String> elements = new TreeSet<>();
    for (String script : scripts) {
      Matcher m = DEFINES.matcher(read(build.resolve(script)));
      while (m.find()) {
        elements.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return elements;
  }

  /** What the given scripts cost over the wire: the brotli files Vaadin serves to browsers. */
  long brotliBytes(Set<String> scripts) {
    long total = 0;
    for (String script : scripts) {
      Path br = build.resolve(script + ".br");
      try {
        total += Files.size(Files.exists(br) ? br : build.resolve(script));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
