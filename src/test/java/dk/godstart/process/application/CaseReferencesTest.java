package dk.godstart.process.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferencesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"010203-1234", "0102031234", "sag-010203-1234", "x0102031234y", "311299-0001"})
  void cprNumbersAreRecognisedAloneOrInsideOtherText(String text) {
    assertTrue(CaseReferences.looksLikeCpr(text));
    assertFalse(CaseReferences.isOpaque(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DUBU-2026-000123", "sag:4711", "A1B2C3", "2026/1234"})
  void opaqueReferencesAreAccepted(String text) {
    assertTrue(CaseReferences.isOpaque(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Anna Hansen", "", "<script>", "12345678901", "320199-1234x"})
  void namesAndOtherTextAreRefusedOrNotCpr(String text) {
    if (text.equals("12345678901") || text.equals("320199-1234x")) {
      assertFalse(CaseReferences.looksLikeCpr(text), "not a valid date: " + text);
    } else {
      assertFalse(CaseReferences.isOpaque(text), text);
    }
  }
}
