package coop.toitcommun.venue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import coop.toitcommun.membership.HouseClock;

/**
 * The public programme as an iCalendar feed, for everyone or one organisation, built like the venue's booking
 * feeds: one VEVENT per event with a stable UID, a SEQUENCE raised on each change, STATUS:CANCELLED once
 * cancelled (kept a month, so that subscribed calendars learn it), and the venue's VTIMEZONE.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCalendar {

    private static final Duration HISTORY = Duration.ofDays(30);

    private final PublicEvents events;
    private final HouseClock time;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    ProgrammeCalendar(PublicEvents events, HouseClock time) {
        this.events = events;
        this.time = time;
    }

    /** The feed; {@code pageAddress} is the public address of the events' pages, to which each event's id is added. */
    public String feed(Long organisationId, String pageAddress) {
        List<PublicEventView> list = events.since(time.now().minus(HISTORY), organisationId);
        Calendar calendar = new Calendar()
            .withProdId(new ProdId("-//Toit Commun//Programme//FR").getValue())
            .withProperty(ImmutableVersion.VERSION_2_0)
            .withProperty(ImmutableCalScale.GREGORIAN)
            .withComponent(zones.getTimeZone(time.zone().getId()).getVTimeZone())
            .getFluentTarget();
        for (PublicEventView event : list) {
            calendar = calendar.withComponent(event(event, pageAddress)).getFluentTarget();
        }
        return calendar.toString();
    }

    private VEvent event(PublicEventView e, String pageAddress) {
        VEvent event = new VEvent(e.start(), e.end(), e.title());
        String description = e.organisationName() + (e.description().isEmpty() ? "" : "\n\n" + e.description());
        event.withProperty(new Uid("public-event-" + e.id() + Feeds.UID_DOMAIN))
            .withProperty(new DtStamp(time.now()))
            .withProperty(new Sequence((int) e.version()))
            .withProperty(new Location(e.inTheHouse() ? e.roomName() : e.address()))
            .withProperty(new Description(description))
            .withProperty(new Url(URI.create(pageAddress + e.id())))
            .withProperty(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
