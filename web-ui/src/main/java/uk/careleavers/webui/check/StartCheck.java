package uk.careleavers.webui.check;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.careleavers.client.ApiException;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/** "Start now" and "carry on": straight to the next question the calculator wants answered. */
@Route(value = "check", layout = MainLayout.class)
@PageTitle("Check what you can get")
public class StartCheck extends Div implements BeforeEnterObserver {
  private static final long serialVersionUID = 1L;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      Parts.forward(event, new Journey(Catalogue.get(), Answers.current()).nextRoute());
    } catch (Journey.AnswerProblem p) {
      Parts.forward(event, QuestionView.fix(p).orElse(Journey.ANSWERS));
    } catch (ApiException e) {
      add(Parts.serviceProblem());
    }
  }
}
