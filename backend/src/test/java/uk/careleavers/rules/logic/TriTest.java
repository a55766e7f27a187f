package uk.careleavers.rules.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.careleavers.rules.model.Tri.FALSE;
import static uk.careleavers.rules.model.Tri.TRUE;
import static uk.careleavers.rules.model.Tri.UNKNOWN;

import org.junit.jupiter.api.Test;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Tri;

/** Kleene's strong three-valued logic: unknown never becomes a "no" on its own. */
class TriTest {

  @Test
  void andIsFalseIfEitherIsFalse() {
    assertThat(TRUE.and(TRUE)).isEqualTo(TRUE);
    assertThat(TRUE.and(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(UNKNOWN.and(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(UNKNOWN.and(FALSE)).isEqualTo(FALSE);
    assertThat(FALSE.and(TRUE)).isEqualTo(FALSE);
  }

  @Test
  void orIsTrueIfEitherIsTrue() {
    assertThat(FALSE.or(FALSE)).isEqualTo(FALSE);
    assertThat(FALSE.or(UNKNOWN)).isEqualTo(UNKNOWN);
    assertThat(UNKNOWN.or(TRUE)).isEqualTo(TRUE);
    assertThat(UNKNOWN.or(UNKNOWN)).isEqualTo(UNKNOWN);
  }

  @Test
  void notKeepsUnknown() {
    assertThat(TRUE.not()).isEqualTo(FALSE);
    assertThat(FALSE.not()).isEqualTo(TRUE);
    assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
  }

  @Test
  void valuesMapToTheThreeAnswers() {
    assertThat(TRUE.toStatus()).isEqualTo(Status.ELIGIBLE);
    assertThat(FALSE.toStatus()).isEqualTo(Status.NOT_ELIGIBLE);
    assertThat(UNKNOWN.toStatus()).isEqualTo(Status.MAYBE);
    assertThat(Tri.of(true)).isEqualTo(TRUE);
  }
}
