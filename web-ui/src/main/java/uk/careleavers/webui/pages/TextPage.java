package uk.careleavers.webui.pages;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A page of plain text: a heading, then paragraphs and sub-headings. */
abstract class TextPage extends Div {
  private static final long serialVersionUID = 1L;

  TextPage(String title) {
    add(new H1(title));
  }

  void p(String text) {
    add(new Paragraph(text));
  }

  void h2(String text) {
    add(new H2(text));
  }
}
