package dk.godstart.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPathTest {

  @org.junit.jupiter.api.Test
  void aVersionAndAFilePathAreRead() {
    assertEquals(new ContentPath(12, "common/sco.js"), ContentPath.parse("/12/common/sco.js"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/12/../../etc/passwd",
        "/12/a/../../b",
        "/12/./index.html",
        "/12//index.html",
        "/12/dir/",
        "/12/a\\b",
        "/x/index.html",
        "/12",
        "/12/",
        "/"
      })
  void pathsThatCouldLeaveThePackageOrNameNoFileAreRefused(String path) {
    assertNull(ContentPath.parse(path), path);
  }
}
