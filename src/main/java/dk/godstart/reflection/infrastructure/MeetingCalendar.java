package dk.godstart.reflection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A status meeting as an iCalendar file for the participants' calendars. Times are written in UTC
 * so that no time zone definitions are needed; the meeting lasts an hour unless moved there. Only
 * the time, the place and the hire's name go in: never the agenda's notes.
 */
@ApplicationScoped
public class MeetingCalendar {

  static final Duration LENGTH = Duration.ofHours(1);

  public String ics(long meetingId, Instant startsAt, String place, String title, Instant now) {
    VEvent event = new VEvent(startsAt, startsAt.plus(LENGTH), title);
    event.add(new Uid("status-meeting-" + meetingId + "@godstart"));
    event.add(new Location(place));
    event.replace(new DtStamp(now));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Godstart//Statusmoede//DA"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(event);
    return calendar.toString();
  }
}
