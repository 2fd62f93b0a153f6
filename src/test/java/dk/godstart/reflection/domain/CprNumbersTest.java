package dk.godstart.reflection.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Barnets cpr er 010203-1234.",
        "0102031234",
        "cpr: 311299 4321",
        "290200-1111 (skuddag)",
        "Mor (150585-2222) ringede"
      })
  void shouldFindTextThatLooksLikeACprNumber(String text) {
    assertTrue(CprNumbers.appearIn(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sag 2026-1234 om underretning",
        "telefon 12 34 56 78",
        "320102-1234",
        "011302-1234",
        "290201-1234",
        "12345678901",
        "010203-12345",
        "Jeg lærte at skrive notater hurtigere.",
        ""
      })
  void shouldLeaveOtherNumbersAndTextAlone(String text) {
    assertFalse(CprNumbers.appearIn(text));
  }

  @org.junit.jupiter.api.Test
  void shouldLeaveNoTextAlone() {
    assertFalse(CprNumbers.appearIn(null));
  }
}
