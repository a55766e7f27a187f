package uk.careleavers.webui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Care leaver entitlements", shortName = "Entitlements")
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
  private static final long serialVersionUID = 1L;
}
