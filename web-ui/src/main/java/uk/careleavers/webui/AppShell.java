package uk.careleavers.webui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page shell: Lumo (Vaadin's default theme; naming it with {@code @Theme(themeClass =
 * Lumo.class)} made the production page ask for {@code /VAADIN/themes//styles.css} and get a 400)
 * with the service's own plain stylesheet on top ({@code styles.css} beside this class, inlined: no
 * Node build and no external fonts or CDNs) and installable.
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b0c0c")
@PWA(
    name = "Check what you can get when you leave care",
    shortName = "Care leaver help",
    description = "What young people leaving care in England can claim.",
    backgroundColor = "#ffffff",
    themeColor = "#0b0c0c")
public class AppShell implements AppShellConfigurator {
  private static final long serialVersionUID = 1L;
  private static final String STYLES = read("styles.css");

  private static String read(String name) {
    try (InputStream in = AppShell.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    // Inlined into the first page (10 KB, about 3 KB compressed): one request fewer on a slow
    // phone. Read from the classpath because Vaadin 24.9 fails (FileSystemNotFoundException) to
    // serve or inline a file from a web root inside a jar, which is how the Run command starts it.
    settings.addInlineWithContents(Inline.Position.APPEND, STYLES, Inline.Wrapping.STYLESHEET);
  }
}
