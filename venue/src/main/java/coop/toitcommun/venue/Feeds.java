package coop.toitcommun.venue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Booking;
import coop.toitcommun.venue.internal.BookingRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
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
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar subscription feeds behind unguessable tokens, and one {@code .ics} per booking. Each booking is
 * its own VEVENT (a series is exported occurrence by occurrence, never as an RRULE), with a stable UID, a
 * SEQUENCE raised on each change and STATUS:CANCELLED once cancelled: every common client shows that
 * right, including a single changed or cancelled occurrence. Times carry the venue's TZID with its VTIMEZONE.
 */
@Service
@Transactional(readOnly = true)
public class Feeds {

    private static final Duration HISTORY = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String UID_DOMAIN = "@toitcommun.coop";

    private final JdbcClient jdbc;
    private final BookingRepository bookings;
    private final RoomRepository rooms;
    private final Organisations organisations;
    private final Bookings bookingService;
    private final HouseClock time;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    Feeds(JdbcClient jdbc, BookingRepository bookings, RoomRepository rooms, Organisations organisations,
          Bookings bookingService, HouseClock time) {
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.rooms = rooms;
        this.organisations = organisations;
        this.bookingService = bookingService;
        this.time = time;
    }

    /** The feed's token, created on first use. Rooms: anyone signed in; organisations: their people; persons: themselves. */
    @Transactional
    public String tokenFor(Actor actor, FeedKind kind, long ownerId) {
        checkOwner(actor, kind, ownerId);
        jdbc.sql("INSERT INTO venue.feed (kind, owner_id, token) VALUES (:kind, :owner, :token) ON CONFLICT (kind, owner_id) DO NOTHING")
            .param("kind", kind.name()).param("owner", ownerId).param("token", newToken()).update();
        return jdbc.sql("SELECT token FROM venue.feed WHERE kind = :kind AND owner_id = :owner")
            .param("kind", kind.name()).param("owner", ownerId).query(String.class).single();
    }

    /** A new token: the old address stops working at once. Room feeds: employees only, they are shared. */
    @Transactional
    public String regenerate(Actor actor, FeedKind kind, long ownerId) {
        if (kind == FeedKind.ROOM) {
            Rooms.requireStaff(actor);
        }
        tokenFor(actor, kind, ownerId);
        String token = newToken();
        jdbc.sql("UPDATE venue.feed SET token = :token WHERE kind = :kind AND owner_id = :owner")
            .param("token", token).param("kind", kind.name()).param("owner", ownerId).update();
        return token;
    }

    /**
     * The feed behind a token, or empty for an unknown token. Private titles show in organisation and person
     * feeds (their own), and as {@code privateTitle} in room feeds.
     */
    public Optional<String> calendar(String token, String privateTitle) {
        Optional<Map<String, Object>> feed = jdbc.sql("SELECT kind, owner_id FROM venue.feed WHERE token = :token")
            .param("token", token).query().listOfRows().stream().findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        FeedKind kind = FeedKind.valueOf((String) feed.get().get("kind"));
        long owner = ((Number) feed.get().get("owner_id")).longValue();
        Instant from = time.now().minus(HISTORY);
        List<Booking> list;
        if (kind == FeedKind.ROOM) {
            list = bookings.feedOfRoom(owner, from);
        } else if (kind == FeedKind.ORGANISATION) {
            list = bookings.feedOfOrganisation(owner, from);
        } else {
            List<Long> mine = organisations.ofPerson(owner).stream().map(OrganisationRef::id).toList();
            list = mine.isEmpty() ? List.of() : bookings.feedOfOrganisations(mine, from);
        }
        return Optional.of(write(list, kind != FeedKind.ROOM, privateTitle));
    }

    /** One booking as an {@code .ics} file, for those who may see it. */
    public String bookingIcs(Actor actor, long bookingId) {
        bookingService.find(actor, bookingId);
        return write(List.of(bookings.findById(bookingId).orElseThrow()), true, "");
    }

    private String write(List<Booking> list, boolean ownTitles, String privateTitle) {
        Map<Long, String> roomNames = rooms.findAll().stream().collect(Collectors.toMap(Room::getId, Room::getName));
        Map<Long, OrganisationRef> names = list.isEmpty() ? Map.of()
            : organisations.findAll(list.stream().map(Booking::getOrganisationId).collect(Collectors.toSet()));
        Calendar calendar = new Calendar()
            .withProdId(new ProdId("-//Toit Commun//Salles//FR").getValue())
            .withProperty(ImmutableVersion.VERSION_2_0)
            .withProperty(ImmutableCalScale.GREGORIAN)
            .withComponent(zones.getTimeZone(time.zone().getId()).getVTimeZone())
            .getFluentTarget();
        for (Booking b : list) {
            calendar = calendar.withComponent(event(b, roomNames, names, ownTitles, privateTitle)).getFluentTarget();
        }
        return calendar.toString();
    }

    private VEvent event(Booking b, Map<Long, String> roomNames, Map<Long, OrganisationRef> names, boolean ownTitles,
                         String privateTitle) {
        String summary = ownTitles || b.isTitlePublic() ? b.getTitle() : privateTitle;
        VEvent event = new VEvent(time.at(b.getStartsAt()), time.at(b.getEndsAt()), summary);
        event.withProperty(new Uid("booking-" + b.getId() + UID_DOMAIN))
            .withProperty(new DtStamp(b.getUpdatedAt()))
            .withProperty(new Sequence(b.getSequence()))
            .withProperty(new Location(roomNames.getOrDefault(b.getRoomId(), "")))
            .withProperty(status(b.getStatus()));
        OrganisationRef organisation = names.get(b.getOrganisationId());
        if ((ownTitles || b.isTitlePublic()) && organisation != null) {
            event.withProperty(new Description(organisation.name()));
        }
        return event;
    }

    private static net.fortuna.ical4j.model.property.Status status(BookingStatus status) {
        switch (status) {
            case CONFIRMED:
                return ImmutableStatus.VEVENT_CONFIRMED;
            case PENDING:
                return ImmutableStatus.VEVENT_TENTATIVE;
            default:
                return ImmutableStatus.VEVENT_CANCELLED;
        }
    }

    private void checkOwner(Actor actor, FeedKind kind, long ownerId) {
        boolean allowed;
        if (kind == FeedKind.ROOM) {
            allowed = rooms.existsById(ownerId);
        } else if (kind == FeedKind.ORGANISATION) {
            allowed = actor.staff() || organisations.isLinked(actor.personId(), ownerId);
        } else {
            allowed = actor.personId() == ownerId;
        }
        if (!allowed) {
            throw new VenueAccessDeniedException(kind + " feed " + ownerId);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
