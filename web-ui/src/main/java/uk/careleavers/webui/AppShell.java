package uk.careleavers.webui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo with the service's own plain stylesheet on top ({@code styles.css} in the
 * web root, inlined: no Node build and no external fonts or CDNs), English, installable.
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b0c0c")
@PWA(
    name = "Check what you can get when you leave care",
    shortName = "Care leaver help",
    description = "What young people leaving care in England can claim.",
    backgroundColor = "#ffffff",
    themeColor = "#0b0c0c")
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
  private static final long serialVersionUID = 1L;

  @Override
  public void configurePage(AppShellSettings settings) {
    // Inlined into the first page (10 KB, about 3 KB compressed): one request fewer on a slow
    // phone, and Vaadin 24.9 fails (FileSystemNotFoundException) to serve a static file from the
    // web root inside a jar, which is how the Run command starts the UI.
    settings.addInlineFromFile(Inline.Position.APPEND, "styles.css", Inline.Wrapping.STYLESHEET);
    settings.addInlineWithContents(
        Inline.Position.PREPEND,
        "document.documentElement.setAttribute('lang','en-GB');",
        Inline.Wrapping.JAVASCRIPT);
  }
}
