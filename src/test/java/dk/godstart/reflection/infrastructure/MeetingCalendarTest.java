package dk.godstart.reflection.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

  private final String ics =
      new MeetingCalendar()
          .ics(
              7,
              Instant.parse("2026-12-03T09:00:00Z"),
              "Mødelokale 2, Rådhuset",
              "Statusmøde: Sofie Andersen",
              Instant.parse("2026-11-29T12:00:00Z"));

  @Test
  void shouldBeAnICalendarWithOneEventOfAnHour() {
    assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    assertTrue(ics.contains("VERSION:2.0"), ics);
    assertTrue(ics.contains("BEGIN:VEVENT"), ics);
    assertTrue(ics.contains("DTSTART:20261203T090000Z"), ics);
    assertTrue(ics.contains("DTEND:20261203T100000Z"), ics);
  }

  @Test
  void shouldKeepTheSameUidSoACalendarUpdatesTheMeeting() {
    assertTrue(ics.contains("UID:status-meeting-7@godstart"), ics);
  }

  @Test
  void shouldEscapeThePlacesComma() {
    assertTrue(ics.contains("LOCATION:Mødelokale 2\\, Rådhuset"), ics);
  }
}
