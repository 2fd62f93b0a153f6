package dk.godstart.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTextTest {

  private static void finds(String text, String language, String problem) {
    List<String> problems = PageText.problems(text, language);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(problem)), problem + " in " + problems);
  }

  @Test
  void findsTheResidueOfABrokenExpression() {
    finds("Dit forløb: Introduktion i Børn og Unge, fra null.", "da", "residue");
    finds("j_idt1: Udfyld feltet.", "da", "residue");
    finds("???path.intro???", "da", "residue");
  }

  @Test
  void findsAnEmptyDateSlot() {
    finds("Gennemfør senest .", "da", "an empty slot");
    finds("Titel\tCamilla Brandt,\tAktiv", "da", "an empty slot");
  }

  @Test
  void findsTheOtherLanguage() {
    finds("Invalid file type.", "da", "English text");
    finds("end of central directory not found", "da", "English text");
    finds("Log ud", "en", "Danish text");
    finds("Åbner når du når trinnet \"Barnets plan\".", "en", "Danish text");
  }

  @Test
  void passesAnOrdinaryPageInEitherLanguage() {
    assertEquals(
        List.of(),
        PageText.problems(
            "Min vej\n2 af 7 moduler gennemført\nNotatpligt (Offentlighedsloven § 13)\tGennemført",
            "da"));
    assertEquals(
        List.of(),
        PageText.problems(
            "My path\n2 of 7 modules completed\nNotatpligt (Offentlighedsloven § 13)\tCompleted",
            "en"));
  }
}
