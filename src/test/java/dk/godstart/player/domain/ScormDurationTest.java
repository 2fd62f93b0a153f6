package dk.godstart.player.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScormDurationTest {

  @Test
  void readsIsoDurationsWithHoursMinutesAndFractionalSeconds() {
    assertEquals(
        Duration.ofHours(1).plusMinutes(2).plusMillis(3_500),
        ScormDuration.parseIso("PT1H2M3.5S").orElseThrow());
  }

  @Test
  void readsIsoDurationsWithDaysMonthsAndYears() {
    assertEquals(Duration.ofDays(365 + 30 + 1), ScormDuration.parseIso("P1Y1M1D").orElseThrow());
    assertEquals(Duration.ZERO, ScormDuration.parseIso("PT0S").orElseThrow());
    assertEquals(Duration.ofMillis(1_234), ScormDuration.parseIso("PT1.2345S").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "PT", "1H", "PT-1S", "P1DT", "PT1,5S"})
  void refusesWhatIsNoIsoDuration(String text) {
    assertTrue(ScormDuration.parseIso(text).isEmpty(), text);
  }

  @Test
  void readsScorm12Timespans() {
    assertEquals(
        Duration.ofHours(1).plusMinutes(2).plusMillis(3_050),
        ScormDuration.parseTimespan("0001:02:03.05").orElseThrow());
    assertEquals(Duration.ofMinutes(5), ScormDuration.parseTimespan("00:05:00").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1:02:03", "00:60:00", "00:00:61", "00:05"})
  void refusesWhatIsNoTimespan(String text) {
    assertTrue(ScormDuration.parseTimespan(text).isEmpty(), text);
  }

  @Test
  void writesBothFormsToHundredthsOfASecond() {
    Duration d = Duration.ofHours(26).plusMinutes(3).plusMillis(4_567);
    assertEquals("PT26H3M4.56S", ScormDuration.toIso(d));
    assertEquals("0026:03:04.56", ScormDuration.toTimespan(d));
    assertEquals("PT0H0M0S", ScormDuration.toIso(Duration.ZERO));
  }
}
