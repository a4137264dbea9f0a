package coop.toitcommun.venue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public programme: member organisations publish events open to the public, in a room of the house (booked
 * in the same transaction through {@link Bookings#book}, so a taken room is the usual conflict with its
 * alternatives and nothing is saved) or at an address outside. Publishing, changing and cancelling take the
 * acting person: people linked to the organisation, and employees for the house. Reading needs nobody.
 */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

    private final JdbcClient jdbc;
    private final Bookings bookings;
    private final Rooms rooms;
    private final Organisations organisations;
    private final HouseClock time;
    private final ApplicationEventPublisher events;
    private final Registrations registrations;
    private final EventRows rows;

    PublicEvents(JdbcClient jdbc, Bookings bookings, Rooms rooms, Organisations organisations, HouseClock time,
                 ApplicationEventPublisher events, Registrations registrations, EventRows rows) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.rooms = rooms;
        this.organisations = organisations;
        this.time = time;
        this.events = events;
        this.registrations = registrations;
    }

    /**
     * Publishes an event, booking its room when it is held in the house.
     *
     * @throws BookingConflictException the room is taken (nothing is saved)
     * @throws BookingRefusedException the rules refuse the event or its booking (message key)
     * @throws VenueAccessDeniedException the person does not act for that organisation
     */
    @Transactional
    public PublicEventView publish(PublicEventCommand command) {
        OrganisationRef organisation = mayPublishFor(command.actor(), command.organisationId());
        check(command);
        Long bookingId = command.roomId() == null ? null : book(command).id();
        Instant now = time.now();
        long id = jdbc.sql("""
                INSERT INTO venue.public_event (organisation_id, published_by, title, description, starts_at, ends_at,
                    booking_id, address, capacity, registration_required, created_at, updated_at)
                VALUES (:organisation, :person, :title, :description, :start, :end, :booking, :address, :capacity,
                    :registration, :now, :now)
                RETURNING id""")
            .param("organisation", organisation.id()).param("person", command.actor().personId())
            .param("title", command.title()).param("description", command.description())
            .param("start", timestamp(command.start())).param("end", timestamp(command.end()))
            .param("booking", bookingId).param("address", command.address()).param("capacity", command.capacity())
            .param("registration", command.registrationRequired()).param("now", Timestamp.from(now))
            .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /**
     * Changes an event. A new time or room cancels its booking and books again in the same transaction: when the
     * new time is taken nothing changes. A larger capacity lets the waiting list move up.
     */
    @Transactional
    public PublicEventView change(long eventId, PublicEventCommand command) {
        Locked locked = lock(eventId);
        mayPublishFor(command.actor(), locked.organisationId());
        mayPublishFor(command.actor(), command.organisationId());
        if (locked.cancelled()) {
            throw new BookingRefusedException("events.refused.cancelled");
        }
        if (locked.version() != command.version()) {
            throw new ObjectOptimisticLockingFailureException("public event", eventId);
        }
        check(command);
        if (command.capacity() != null && command.capacity() < locked.confirmedPlaces()) {
            throw new BookingRefusedException("events.refused.capacityBelowConfirmed", locked.confirmedPlaces());
        }
        PublicEventView before = find(eventId).orElseThrow();
        Long bookingId = locked.bookingId();
        boolean moved = !before.start().toLocalDateTime().equals(command.start())
            || !before.end().toLocalDateTime().equals(command.end())
            || !java.util.Objects.equals(before.roomId(), command.roomId());
        if (moved || command.roomId() == null) {
            if (bookingId != null) {
                bookings.cancel(command.actor(), bookingId, command.title(), false);
            }
            bookingId = command.roomId() == null ? null : book(command).id();
        }
        jdbc.sql("""
                UPDATE venue.public_event SET organisation_id = :organisation, title = :title, description = :description,
                    starts_at = :start, ends_at = :end, booking_id = :booking, address = :address, capacity = :capacity,
                    registration_required = :registration, updated_at = :now, version = version + 1
                WHERE id = :id""")
            .param("organisation", command.organisationId()).param("title", command.title())
            .param("description", command.description()).param("start", timestamp(command.start()))
            .param("end", timestamp(command.end())).param("booking", bookingId).param("address", command.address())
            .param("capacity", command.capacity()).param("registration", command.registrationRequired())
            .param("now", Timestamp.from(time.now())).param("id", eventId).update();
        registrations.promote(eventId);
        return find(eventId).orElseThrow();
    }

    /** Cancels an event: its room is freed and everyone registered or waiting is emailed with the reason. */
    @Transactional
    public void cancel(Actor actor, long eventId, String reason) {
        Locked locked = lock(eventId);
        mayPublishFor(actor, locked.organisationId());
        if (locked.cancelled()) {
            return;
        }
        String why = reason == null ? "" : reason.trim();
        if (locked.bookingId() != null) {
            bookings.cancel(actor, locked.bookingId(), why.isEmpty() ? locked.title() : why, false);
        }
        jdbc.sql("""
                UPDATE venue.public_event SET status = 'CANCELLED', cancel_reason = :reason, updated_at = :now,
                    version = version + 1
                WHERE id = :id""")
            .param("reason", why).param("now", Timestamp.from(time.now())).param("id", eventId).update();
        events.publishEvent(new PublicEventCancelled(find(eventId).orElseThrow(), why, registrations.registrants(eventId)));
    }

    /** An event, published or cancelled, for anyone. */
    public Optional<PublicEventView> find(long eventId) {
        return rows.find(eventId);
    }

    /** An event for its organisers (people of its organisation, employees); refused to anyone else. */
    public PublicEventView forOrganiser(Actor actor, long eventId) {
        return rows.forOrganiser(actor, eventId);
    }

    /** The coming published events, soonest first, of one organisation or all. */
    public Page<PublicEventView> coming(Long organisationId, Pageable page) {
        Timestamp now = Timestamp.from(time.now());
        String where = " WHERE e.status = 'PUBLISHED' AND e.ends_at > :now"
            + (organisationId == null ? "" : " AND e.organisation_id = :organisation");
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM venue.public_event e" + where).param("now", now);
        JdbcClient.StatementSpec list = jdbc.sql(EventRows.COLUMNS + where + " ORDER BY e.starts_at, e.id LIMIT :limit OFFSET :offset")
            .param("now", now).param("limit", page.getPageSize()).param("offset", page.getOffset());
        if (organisationId != null) {
            count = count.param("organisation", organisationId);
            list = list.param("organisation", organisationId);
        }
        long total = count.query(Long.class).single();
        List<PublicEventView> content = total == 0 ? List.of() : rows.withOrganisations(list.query(EventRows::row).list());
        return new PageImpl<>(content, page, total);
    }

    /** The organisations that have coming events, for the programme's filter. */
    public List<OrganisationRef> organisationsWithComingEvents() {
        List<Long> ids = jdbc.sql("SELECT DISTINCT organisation_id FROM venue.public_event WHERE status = 'PUBLISHED' AND ends_at > :now")
            .param("now", Timestamp.from(time.now())).query(Long.class).list();
        return ids.isEmpty() ? List.of() : organisations.findAll(ids).values().stream()
            .sorted(java.util.Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The events of the organisations the person acts for (all for employees), newest first. */
    public List<PublicEventView> ofOrganiser(Actor actor) {
        if (actor.staff()) {
            return rows.withOrganisations(jdbc.sql(EventRows.COLUMNS + " ORDER BY e.starts_at DESC, e.id DESC LIMIT 200")
                .query(EventRows::row).list());
        }
        List<Long> mine = organisations.ofPerson(actor.personId()).stream().map(OrganisationRef::id).toList();
        return mine.isEmpty() ? List.of() : rows.withOrganisations(jdbc.sql(EventRows.COLUMNS
                + " WHERE e.organisation_id IN (:mine) ORDER BY e.starts_at DESC, e.id DESC LIMIT 200")
            .param("mine", mine).query(EventRows::row).list());
    }

    /** The organisations a person may publish for: their own that use the house; every member for employees. */
    public List<OrganisationRef> publishersFor(Actor actor) {
        return actor.staff() ? organisations.members()
            : organisations.ofPerson(actor.personId()).stream().filter(o -> o.status().usesTheHouse()).toList();
    }

    /** Events ending after {@code from}, published or cancelled, for the iCalendar feeds. */
    List<PublicEventView> since(Instant from, Long organisationId) {
        String where = " WHERE e.ends_at > :from" + (organisationId == null ? "" : " AND e.organisation_id = :organisation");
        JdbcClient.StatementSpec list = jdbc.sql(EventRows.COLUMNS + where + " ORDER BY e.starts_at, e.id LIMIT 1000")
            .param("from", Timestamp.from(from));
        if (organisationId != null) {
            list = list.param("organisation", organisationId);
        }
        return rows.withOrganisations(list.query(EventRows::row).list());
    }

    private OrganisationRef mayPublishFor(Actor actor, long organisationId) {
        rows.mayOrganise(actor, organisationId);
        OrganisationRef organisation = organisations.find(organisationId)
            .orElseThrow(() -> new VenueNotFoundException("organisation " + organisationId));
        if (!organisation.status().usesTheHouse()) {
            throw new BookingRefusedException("events.refused.notMember");
        }
        return organisation;
    }

    private void check(PublicEventCommand command) {
        if (command.inTheHouse() && command.roomId() == null) {
            throw new BookingRefusedException("events.refused.roomMissing");
        }
        if (!command.inTheHouse() && command.address() == null) {
            throw new BookingRefusedException("events.refused.addressMissing");
        }
        if (!command.end().isAfter(command.start())) {
            throw new BookingRefusedException("events.refused.endBeforeStart");
        }
        if (!LocalTimes.instantOf(time, command.start()).isAfter(time.now())) {
            throw new BookingRefusedException("events.refused.past");
        }
    }

    private BookingView book(PublicEventCommand command) {
        int attendees = command.capacity() != null ? command.capacity() : rooms.get(command.roomId()).capacity();
        return bookings.book(new BookingRequest(command.actor(), command.roomId(), command.organisationId(),
            command.start(), command.end(), command.title(), attendees, true, ""));
    }

    private Locked lock(long eventId) {
        return jdbc.sql("""
                SELECT organisation_id, title, booking_id, status, confirmed_places, version
                  FROM venue.public_event WHERE id = :id FOR UPDATE""")
            .param("id", eventId)
            .query((rs, n) -> new Locked(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                "CANCELLED".equals(rs.getString(4)), rs.getInt(5), rs.getLong(6)))
            .optional().orElseThrow(() -> new VenueNotFoundException("event " + eventId));
    }

    private record Locked(long organisationId, String title, Long bookingId, boolean cancelled, int confirmedPlaces,
                          long version) {
    }

    private Timestamp timestamp(java.time.LocalDateTime local) {
        return Timestamp.from(LocalTimes.instantOf(time, local));
    }
}
