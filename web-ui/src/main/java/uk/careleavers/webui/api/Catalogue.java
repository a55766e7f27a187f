package uk.careleavers.webui.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.client.model.FactName;
import uk.careleavers.client.model.Question;
import uk.careleavers.webui.Settings;

/**
 * What the UI reads once and keeps: the calculator's questions and the council register. Both only
 * change with a new backend release, so they are cached for the life of the UI (per backend
 * address); a failed load is not cached, so the next page view tries again. A council's {@code
 * localOfferVersion} does change at any time: read it from a fresh listing, never from here.
 */
public final class Catalogue {
  private static volatile Catalogue loaded;

  private final String url;
  private final Map<String, Question> questions;
  private final List<Council> councils;

  private Catalogue(String url, List<Question> questions, List<Council> councils) {
    this.url = url;
    Map<String, Question> byId = new LinkedHashMap<>();
    questions.forEach(q -> byId.put(q.getId(), q));
    this.questions = Map.copyOf(byId);
    this.councils = councils.stream().sorted(Comparator.comparing(Council::getName)).toList();
  }

  /** The catalogue, loading it from the backend the first time. */
  public static Catalogue get() throws ApiException {
    String url = Settings.apiUrl();
    Catalogue current = loaded;
    if (current == null || !current.url.equals(url)) {
      synchronized (Catalogue.class) {
        current = loaded;
        if (current == null || !current.url.equals(url)) {
          current =
              new Catalogue(
                  url,
                  Backend.entitlements().listQuestions().getQuestions(),
                  Backend.councils().listCouncils(null, null, null, null, 0, 400).getItems());
          loaded = current;
        }
      }
    }
    return current;
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(questions.get(id));
  }

  /** The question that sets this fact. */
  public Optional<Question> questionFor(FactName fact) {
    return questions.values().stream().filter(q -> q.getSetsFacts().contains(fact)).findFirst();
  }

  /** Every council in England, by name. */
  public List<Council> councils() {
    return councils;
  }

  /** Councils that look after children and care leavers, by name. */
  public List<Council> councilsWithChildrenServices() {
    return councils.stream().filter(Council::getChildrenServices).toList();
  }

  public Optional<Council> council(String code) {
    return councils.stream().filter(c -> c.getCode().equals(code)).findFirst();
  }
}
