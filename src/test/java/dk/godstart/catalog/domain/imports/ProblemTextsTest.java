package dk.godstart.catalog.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.godstart.kernel.ErrorTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every import code has a Danish and an English text, so no author ever sees the generic one. */
class ProblemTextsTest {

  private static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : ProblemCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  private static Properties texts(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ProblemTextsTest.class.getResourceAsStream("/dk/godstart/kernel/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyCodeHasADanishAndAnEnglishText() throws Exception {
    Properties danish = texts("errors.properties");
    Properties english = texts("errors_en.properties");
    List<String> codes = codes();
    assertEquals(31, codes.size());
    for (String code : codes) {
      assertTrue(danish.containsKey(code), () -> "No Danish text for " + code);
      assertTrue(english.containsKey(code), () -> "No English text for " + code);
    }
  }

  @Test
  void messagesSayWhatAndWhereInPlainWords() {
    assertEquals(
        "Filen del-1.html er ikke i pakken, men manifestet peger på den som startfil for RES-1.",
        ErrorTexts.message("manifest.launch-missing", ErrorTexts.DANISH, "del-1.html", "RES-1"));
    assertEquals(
        "SCO'en RES-1 har ingen startfil (href).",
        ErrorTexts.message("manifest.sco-without-href", ErrorTexts.DANISH, "RES-1"));
    assertEquals(
        "The package is in the xAPI (Tin Can) format, which the platform does not support."
            + " Upload a SCORM 1.2 or SCORM 2004 package.",
        ErrorTexts.message("package.unsupported", Locale.ENGLISH, "xAPI (Tin Can)"));
  }

  @Test
  void lineNumbersAndLimitsReadNaturally() {
    assertEquals(
        "imsmanifest.xml er ikke gyldig XML (linje 1234, kolonne 7). Ret filen, og upload pakken"
            + " igen.",
        ErrorTexts.message("manifest.malformed", ErrorTexts.DANISH, 1234, 7, "oops"));
    // The parser's own (English) words are the technical detail, apart from the message.
    assertEquals(
        "oops", ErrorTexts.technical("manifest.malformed", ErrorTexts.DANISH, 1234, 7, "oops"));
    assertEquals(
        "Zip-filen har flere end 20.000 filer og mapper. Det er for mange til ét modul.",
        ErrorTexts.message("zip.too-many-entries", ErrorTexts.DANISH, 20_000));
    assertEquals(
        "Filnavnet a\\b.html i zip-filen bruger omvendt skråstreg (\\). Mapper skal adskilles med"
            + " almindelig skråstreg (/).",
        ErrorTexts.message("zip.backslash", ErrorTexts.DANISH, "a\\b.html"));
  }
}
