package coop.toitcommun.venue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partner rooms as the members of the request's house use them: the rooms that the houses it has an agreement in force
 * with open to partners, their taken times, bookings there and their cancellation.
 *
 * <p>What happens in the room's house runs in a transaction of its own that works for that house (a connection set
 * to it, so its row-level security, its exclusion constraint and its calendars hold the booking): only here does a
 * request of one house read or write another's rows, and only the rooms open to partners, their taken times without
 * who took them, and the bookings of its own members. Callers must not be inside a transaction. A booking locks the
 * room's house's grant to the partner, so that two bookings of its members never exceed the month's hours together.
 */
@Service
public class PartnerRooms {

    private static final int DAYS = 7;
    private static final int LISTED = 100;

    private final Partnerships partnerships;
    private final Bookings bookings;
    private final RoomRepository rooms;
    private final VenueSettings settings;
    private final Organisations organisations;
    private final People people;
    private final Houses houses;
    private final HouseClock time;
    private final JdbcClient jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    PartnerRooms(Partnerships partnerships, Bookings bookings, RoomRepository rooms, VenueSettings settings,
                 Organisations organisations, People people, Houses houses, HouseClock time, JdbcClient jdbc,
                 PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.bookings = bookings;
        this.rooms = rooms;
        this.settings = settings;
        this.organisations = organisations;
        this.people = people;
        this.houses = houses;
        this.time = time;
        this.jdbc = jdbc;
        this.reading = new TransactionTemplate(transactions);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * What each house with an agreement in force offers: its hours, those the house's members used this month, its
     * rooms (for anyone signed in; booking them is for {@link #mayBook members}).
     */
    public List<PartnerOffer> offers() {
        List<PartnerOffer> offers = new ArrayList<>();
        YearMonth month = YearMonth.from(time.localNow());
        for (PartnerAgreement agreement : partnerships.agreements()) {
            if (agreement.inForce()) {
                House partner = agreement.partner();
                offers.add(new PartnerOffer(partner, agreement.received(),
                    VenueSettings.hours(usedMinutes(partner.id(), month)),
                    in(partner.id(), reading, partnerships::openRooms)));
            }
        }
        return offers;
    }

    /** A partner house's room open to partners and the times it could take a booking over seven days. */
    public PartnerRoomWeek week(Actor actor, long houseId, long roomId, LocalDate from) {
        requireMember(actor);
        House partner = inForce(houseId).partner();
        return in(houseId, reading, () -> {
            RoomView room = openRoom(roomId);
            Room rules = rooms.findById(roomId).orElseThrow();
            Availability availability = bookings.load(from.atStartOfDay(time.zone()).toInstant(),
                from.plusDays(DAYS).atStartOfDay(time.zone()).toInstant());
            List<PartnerRoomWeek.Day> days = new ArrayList<>();
            for (LocalDate day = from; day.isBefore(from.plusDays(DAYS)); day = day.plusDays(1)) {
                days.add(new PartnerRoomWeek.Day(day, availability.free(rules, day.atStartOfDay(),
                    day.plusDays(1).atStartOfDay(), time.localNow())));
            }
            return new PartnerRoomWeek(partner, room, from, days);
        });
    }

    /**
     * Books a partner house's room for the viewer, a member of the request's house, within the hours the partner
     * grants a month. In the room's house the booker is a person of the same name and address (found or registered,
     * without an account), linked to the organisation that stands for the request's house there.
     *
     * @throws BookingRefusedException the room's rules, the hours granted or a taken slot refuse it (nothing written)
     */
    public PartnerBookingView book(Actor actor, long houseId, long roomId, LocalDateTime start, LocalDateTime end,
                                   String title, int attendees) {
        requireMember(actor);
        House partner = inForce(houseId).partner();
        House here = houses.byId(here()).orElseThrow();
        PersonRef booker = people.find(actor.personId()).orElseThrow();
        return in(houseId, writing, () -> {
            Grant grant = lockedGrantTo(here.id());
            openRoom(roomId);
            long minutes = Duration.between(start, end).toMinutes();
            long used = settings.usedMinutes(grant.organisationId(), YearMonth.from(start));
            if (minutes > 0 && used + minutes > grant.hoursPerMonth() * 60L) {
                throw new BookingRefusedException("venue.partners.refused.quota", VenueSettings.hours(used).toPlainString(),
                    grant.hoursPerMonth(), VenueSettings.hours(minutes).toPlainString());
            }
            long bookerHere = people.findByEmail(booker.email()).map(PersonRef::id)
                .orElseGet(() -> people.register(booker.displayName(), booker.email(), Language.DEFAULT).id());
            organisations.link(grant.organisationId(), bookerHere, OrganisationRole.MEMBER);
            BookingView booked = bookings.bookForPartner(new BookingRequest(new Actor(bookerHere, false), roomId,
                grant.organisationId(), start, end, title, attendees, false, ""));
            jdbc.sql("""
                    INSERT INTO venue.partner_booking (booking_id, partner_house_id, partner_person_id, booked_by_name,
                                                       room_name, title, starts_at, ends_at, status)
                    VALUES (:booking, :partner, :person, :name, :room, :title, :start, :end, :status)""")
                .param("booking", booked.id()).param("partner", here.id()).param("person", booker.id())
                .param("name", booker.displayName()).param("room", booked.roomName()).param("title", booked.title())
                .param("start", Timestamp.from(booked.start().toInstant()))
                .param("end", Timestamp.from(booked.end().toInstant())).param("status", booked.status().name()).update();
            return new PartnerBookingView(booked.id(), partner, here, booker.displayName(), booked.roomName(),
                booked.title(), booked.start(), booked.end(), booked.status(), null, true);
        });
    }

    /** Cancels a booking the viewer made in a partner house, under that house's cancellation deadline. */
    public void cancel(Actor actor, long bookingId) {
        record Copy(long houseId, long partnerPersonId) {
        }
        Copy copy = jdbc.sql("""
                SELECT house_id, partner_person_id FROM venue.partner_booking
                 WHERE booking_id = :booking AND partner_house_id = membership.current_house()""")
            .param("booking", bookingId).query(Copy.class).optional()
            .orElseThrow(() -> new VenueNotFoundException("partner booking " + bookingId));
        if (copy.partnerPersonId() != actor.personId()) {
            throw new VenueAccessDeniedException("partner booking " + bookingId);
        }
        in(copy.houseId(), writing, () -> {
            long bookerHere = jdbc.sql("SELECT booked_by FROM venue.booking WHERE id = :booking")
                .param("booking", bookingId).query(Long.class).single();
            bookings.cancel(new Actor(bookerHere, false), bookingId, null, false);
            return null;
        });
    }

    /** The house of the person who booked, when a member of a partner house made this booking of the house. */
    @Transactional(readOnly = true)
    public Optional<House> bookerHouseOf(long bookingId) {
        return jdbc.sql("SELECT partner_house_id FROM venue.partner_booking WHERE booking_id = :booking"
                + " AND house_id = membership.current_house()")
            .param("booking", bookingId).query(Long.class).optional().flatMap(houses::byId);
    }

    /** Bookings of the house's members in partner houses not over for a month, soonest first: all for the staff. */
    @Transactional(readOnly = true)
    public List<PartnerBookingView> atPartners(Actor actor) {
        return copies("partner_house_id = membership.current_house()"
            + (actor.staff() ? "" : " AND partner_person_id = :person"), actor);
    }

    /** Bookings of partner houses' members in the house's rooms not over for a month, for the staff. */
    @Transactional(readOnly = true)
    public List<PartnerBookingView> ofPartnersHere(Actor actor) {
        Rooms.requireStaff(actor);
        return copies("house_id = membership.current_house()", actor);
    }

    private List<PartnerBookingView> copies(String whose, Actor actor) {
        return jdbc.sql("""
                SELECT booking_id, house_id, partner_house_id, booked_by_name, room_name, title, starts_at, ends_at,
                       status, status_reason, partner_person_id
                  FROM venue.partner_booking
                 WHERE %s AND ends_at > :since
                 ORDER BY starts_at LIMIT :limit""".formatted(whose))
            .param("person", actor.personId())
            .param("since", Timestamp.from(time.now().minus(Duration.ofDays(30)))).param("limit", LISTED)
            .query((rs, n) -> new PartnerBookingView(rs.getLong(1), houses.byId(rs.getLong(2)).orElseThrow(),
                houses.byId(rs.getLong(3)).orElseThrow(), rs.getString(4), rs.getString(5), rs.getString(6),
                time.at(rs.getTimestamp(7).toInstant()), time.at(rs.getTimestamp(8).toInstant()),
                BookingStatus.valueOf(rs.getString(9)), rs.getString(10),
                rs.getLong(3) == here() && rs.getLong(11) == actor.personId()))
            .list();
    }

    /** Minutes the house's members hold in a partner house's rooms in a month, from the copies of their bookings. */
    private long usedMinutes(long partnerHouseId, YearMonth month) {
        return jdbc.sql("""
                SELECT coalesce(sum(extract(epoch FROM ends_at - starts_at)), 0)::bigint / 60 FROM venue.partner_booking
                 WHERE house_id = :partner AND partner_house_id = membership.current_house()
                   AND status IN ('PENDING', 'CONFIRMED') AND starts_at >= :from AND starts_at < :to""")
            .param("partner", partnerHouseId)
            .param("from", Timestamp.from(month.atDay(1).atStartOfDay(time.zone()).toInstant()))
            .param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(time.zone()).toInstant()))
            .query(Long.class).single();
    }

    /** What the house (the room's) grants the partner, locked until the booking commits; none: not found. */
    private Grant lockedGrantTo(long partnerHouseId) {
        return jdbc.sql("""
                SELECT hours_per_month, organisation_id FROM venue.partnership
                 WHERE house_id = membership.current_house() AND partner_house_id = :partner AND hours_per_month > 0
                   FOR UPDATE""")
            .param("partner", partnerHouseId).query(Grant.class).optional()
            .orElseThrow(() -> new VenueNotFoundException("no agreement with house " + partnerHouseId));
    }

    private record Grant(int hoursPerMonth, long organisationId) {
    }

    private RoomView openRoom(long roomId) {
        return partnerships.openRooms().stream().filter(r -> r.id() == roomId).findFirst()
            .orElseThrow(() -> new VenueNotFoundException("room " + roomId + " is not open to partners"));
    }

    private PartnerAgreement inForce(long houseId) {
        PartnerAgreement agreement = partnerships.agreementWith(houseId);
        if (!agreement.inForce()) {
            throw new VenueNotFoundException("no agreement in force with house " + houseId);
        }
        return agreement;
    }

    /** Partner rooms are for the house's staff and for people of its organisations that use the house. */
    public boolean mayBook(Actor actor) {
        return actor.staff() || organisations.ofPerson(actor.personId()).stream().anyMatch(o -> o.status().usesTheHouse());
    }

    private void requireMember(Actor actor) {
        if (!mayBook(actor)) {
            throw new VenueAccessDeniedException("person " + actor.personId() + " is not a member");
        }
    }

    /** Work done in a transaction of its own for another house, the thread then back to the request's house. */
    private static <T> T in(long house, TransactionTemplate transaction, Supplier<T> work) {
        try (CurrentHouse.Scope scope = CurrentHouse.enter(house)) {
            return transaction.execute(status -> work.get());
        }
    }

    private static long here() {
        return CurrentHouse.id().orElseThrow(() -> new IllegalStateException("no house"));
    }
}
