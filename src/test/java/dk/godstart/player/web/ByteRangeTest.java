package dk.godstart.player.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void aClosedRangeIsSentAsAsked() {
    ByteRange range = ByteRange.parse("100-199", 1000);
    assertEquals(new ByteRange(100, 199), range);
    assertEquals(100, range.length());
    assertEquals("bytes 100-199/1000", range.contentRange(1000));
  }

  @Test
  void anOpenRangeRunsToTheEnd() {
    assertEquals(new ByteRange(900, 999), ByteRange.parse("900-", 1000));
  }

  @Test
  void aSuffixRangeIsTheLastBytes() {
    assertEquals(new ByteRange(800, 999), ByteRange.parse("-200", 1000));
    assertEquals(new ByteRange(0, 999), ByteRange.parse("-5000", 1000));
  }

  @Test
  void anEndBeyondTheFileIsCutToTheFile() {
    assertEquals(new ByteRange(0, 999), ByteRange.parse("0-5000", 1000));
  }

  @Test
  void aStartBeyondTheFileCannotBeSatisfied() {
    assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("1000-", 1000));
    assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("500-400", 1000));
    assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("-0", 1000));
  }

  @Test
  void garbageMeansTheWholeFile() {
    assertNull(ByteRange.parse("abc", 1000));
    assertNull(ByteRange.parse("x-y", 1000));
  }
}
