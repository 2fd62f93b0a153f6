package dk.godstart.catalog.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HrefTest {

  @ParameterizedTest(name = "{0} + \"{1}\" = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.html | ?x=1 | a.html?x=1",
        "a.html | x=1 | a.html?x=1",
        "a.html | &x=1 | a.html?x=1",
        "a.html | ?&x=1 | a.html?x=1",
        "a.html?m=2 | x=1 | a.html?m=2&x=1",
        "a.html?m=2 | ?x=1 | a.html?m=2&x=1",
        "a.html | #part2 | a.html#part2",
        "a.html#top | #part2 | a.html#top",
        "a.html#top | x=1 | a.html?x=1#top",
        "a.html | '' | a.html",
        "a.html | ? | a.html"
      })
  void parametersAreAppendedAsTheContentPackagingRulesSay(
      String href, String parameters, String launch) {
    assertEquals(launch, Href.withParameters(href, parameters));
  }

  @ParameterizedTest(name = "{0} + {1} + {2} + {3} = {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "- | - | - | index.html | index.html",
        "content/ | - | - | index.html | content/index.html",
        "content | sco1 | - | index.html | content/sco1/index.html",
        "content/ | sco1/ | ./deep/ | ../index.html | content/sco1/index.html",
        "content/ | - | - | ../../escape.html | ../escape.html",
        "content/ | /root/ | - | a.html | /root/a.html",
        "http://cdn.example/x/ | - | - | a.html | http://cdn.example/x/a.html",
        "content/ | - | - | http://elsewhere/a.html | http://elsewhere/a.html",
        "content/ | - | - | ./a//b/./c.html?x=../y#z | content/a/b/c.html?x=../y#z"
      })
  void xmlBaseIsResolvedOutermostFirst(
      String manifest, String resources, String resource, String href, String resolved) {
    assertEquals(resolved, Href.resolve(Arrays.asList(manifest, resources, resource), href));
  }

  @ParameterizedTest(name = "{0} names file {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a/index.html?x=1#top | a/index.html",
        "billede%201.png | billede 1.png",
        "%C3%B8l.html | øl.html",
        "100%.html | 100%.html",
        "https://example.org/a.html | -"
      })
  void anHrefNamesAFileWithoutQueryFragmentOrEscapes(String href, String file) {
    assertEquals(file, Href.filePath(href));
  }

  @org.junit.jupiter.api.Test
  void nothingResolvesToNothing() {
    assertNull(Href.resolve(List.of("content/"), null));
    assertNull(Href.withParameters(null, "x=1"));
  }
}
