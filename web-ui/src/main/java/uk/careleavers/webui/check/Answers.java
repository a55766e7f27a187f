package uk.careleavers.webui.check;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.careleavers.client.model.EligibilityCheckResult;

/**
 * A young person's answers, by question id, in the order first given. They live only in the server
 * session (never in a cookie, a URL or the database) and "Start again" clears them. Values are the
 * API's own: {@code yes}/{@code no}, an ISO date, a number, an option value, a council code, or
 * {@link #NOT_SURE}.
 */
public final class Answers implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String NOT_SURE = "not_sure";

  private final LinkedHashMap<String, String> values = new LinkedHashMap<>();
  private int changes;

  /** The calculator's answer for {@link #resultFor} changes: kept only while the answers stay. */
  private transient EligibilityCheckResult result;

  private transient int resultFor = -1;

  /** The answers of the current browser session. */
  public static Answers current() {
    VaadinSession session = VaadinSession.getCurrent();
    Answers answers = session.getAttribute(Answers.class);
    if (answers == null) {
      answers = new Answers();
      session.setAttribute(Answers.class, answers);
    }
    return answers;
  }

  public Optional<String> get(String questionId) {
    return Optional.ofNullable(values.get(questionId));
  }

  /** Sets an answer; a changed answer keeps its place in the order. */
  public void put(String questionId, String value) {
    if (!value.equals(values.put(questionId, value))) {
      changes++;
    }
  }

  public boolean has(String questionId) {
    return values.containsKey(questionId);
  }

  public Map<String, String> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public List<String> order() {
    return new ArrayList<>(values.keySet());
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The result worked out for exactly these answers, or null. */
  EligibilityCheckResult lastResult() {
    return resultFor == changes ? result : null;
  }

  void rememberResult(EligibilityCheckResult latest) {
    result = latest;
    resultFor = changes;
  }

  public void clear() {
    values.clear();
    changes++;
  }
}
