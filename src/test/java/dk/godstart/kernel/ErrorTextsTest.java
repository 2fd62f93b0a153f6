package dk.godstart.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {

  @Test
  void danishIsChosenWhenTheCallerStatesNoLanguage() {
    assertEquals(ErrorTexts.DANISH, ErrorTexts.choose(List.of()));
  }

  @Test
  void theCallersFirstSupportedLanguageWins() {
    assertEquals(
        Locale.ENGLISH,
        ErrorTexts.choose(List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"), Locale.FRENCH)));
    assertEquals(
        ErrorTexts.DANISH,
        ErrorTexts.choose(List.of(Locale.forLanguageTag("da-DK"), Locale.ENGLISH)));
  }

  @Test
  void unsupportedLanguagesFallBackToDanish() {
    assertEquals(ErrorTexts.DANISH, ErrorTexts.choose(List.of(Locale.GERMAN)));
  }

  @Test
  void messagesAreDanishEvenWhenTheJvmDefaultIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals(
          "Du har ikke adgang til dette.", ErrorTexts.message("access-denied", ErrorTexts.DANISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void detailsCarryTheirLocationAndFormattedMessage() {
    InvalidInput problem =
        new InvalidInput("invalid-input", List.of(Detail.of("field.too-long", "name", 100)));
    ErrorBody body = ErrorTexts.body(problem, Locale.ENGLISH);
    assertEquals("invalid-input", body.code());
    assertEquals("The input is not valid.", body.message());
    assertEquals(
        List.of(
            new ErrorBody.ErrorDetail(
                "field.too-long", "name", "The field may be at most 100 characters.")),
        body.details());
  }

  @Test
  void aLibrarysOwnWordsAreKeptApartFromTheMessageAsATechnicalDetail() {
    InvalidInput problem =
        new InvalidInput(
            "zip.corrupt",
            List.of(Detail.of("zip.corrupt", "", "end of central directory not found")));
    ErrorBody.ErrorDetail detail = ErrorTexts.body(problem, ErrorTexts.DANISH).details().get(0);

    assertEquals(
        "Zip-filen er ødelagt eller ufuldstændig og kan ikke pakkes ud. Eksportér modulet igen,"
            + " og upload det på ny.",
        detail.message());
    assertEquals("end of central directory not found", detail.technical());
  }

  @Test
  void aProblemOfOurOwnHasNoTechnicalDetail() {
    InvalidInput problem =
        new InvalidInput("invalid-input", List.of(Detail.of("field.too-long", "name", 100)));

    assertEquals(null, ErrorTexts.body(problem, Locale.ENGLISH).details().get(0).technical());
  }

  @Test
  void anUnknownCodeKeepsItsCodeWithTheGenericMessage() {
    ErrorBody body = ErrorTexts.body("no-such-code", Locale.ENGLISH);
    assertEquals("no-such-code", body.code());
    assertEquals(ErrorTexts.message("unexpected", Locale.ENGLISH), body.message());
  }
}
