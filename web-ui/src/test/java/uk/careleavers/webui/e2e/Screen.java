package uk.careleavers.webui.e2e;

/** Viewport sizes the browser tests use, in CSS pixels. */
public enum Screen {
  /** The narrowest phone we support (WCAG 1.4.10 reflow: 320 CSS px, no horizontal scrolling). */
  NARROW_PHONE(320, 640),
  PHONE(360, 640),
  DESKTOP(1280, 800);

  public final int width;
  public final int height;

  Screen(int width, int height) {
    this.width = width;
    this.height = height;
  }
}
