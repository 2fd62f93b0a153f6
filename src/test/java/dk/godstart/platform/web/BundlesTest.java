package dk.godstart.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Danish and in English, and every text is a valid message pattern. */
class BundlesTest {

  private static Properties load(String resource) throws IOException {
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dk/godstart/platform/web/messages",
        "/dk/godstart/platform/web/faces",
        "/dk/godstart/kernel/errors",
        "/dk/godstart/enrollment/path"
      })
  void danishAndEnglishHaveTheSameKeysAndValidPatterns(String bundle) throws IOException {
    Properties danish = load(bundle + ".properties");
    Properties english = load(bundle + "_en.properties");

    Set<String> onlyDanish = new TreeSet<>(danish.stringPropertyNames());
    onlyDanish.removeAll(english.stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(danish.stringPropertyNames());
    assertEquals(Set.of(), onlyDanish, "texts without an English version in " + bundle);
    assertEquals(Set.of(), onlyEnglish, "texts without a Danish version in " + bundle);
    for (Properties texts : new Properties[] {danish, english}) {
      // Texts for scripts (*.js.*) are filled in by the browser, with named placeholders.
      texts.forEach(
          (key, pattern) -> {
            if (!((String) key).contains(".js.")) {
              new MessageFormat((String) pattern);
            }
          });
    }
  }
}
