package coop.toitcommun.venue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Availability;
import coop.toitcommun.venue.internal.Booking;
import coop.toitcommun.venue.internal.BookingRepository;
import coop.toitcommun.venue.internal.AuditTrail;
import coop.toitcommun.venue.internal.BookingWriter;
import coop.toitcommun.venue.internal.ClosureRepository;
import coop.toitcommun.venue.internal.HeldBooking;
import coop.toitcommun.venue.internal.HeldBookings;
import coop.toitcommun.venue.internal.OpeningHoursRepository;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking rooms: the venue's API for web and, through web, for other modules (a meeting books its room in
 * the same transaction with {@link #book(BookingRequest)}).
 *
 * <p>Rights come from membership: a person books for an organisation they are linked to (employees for any),
 * whose status uses the house; hosted organisations only book rooms open to them, partner places book rooms
 * open to outside organisations and always wait for approval. The database's exclusion constraint is the
 * last word on double bookings; every refusal is an exception carrying a message key.
 */
@Service
@Transactional(readOnly = true)
public class Bookings {

    private static final int SLOT_STEP_MINUTES = 30;
    private static final int ALTERNATIVES = 3;
    private static final int SEARCH_DAYS = 3;

    private final BookingRepository bookings;
    private final RoomRepository rooms;
    private final ClosureRepository closures;
    private final OpeningHoursRepository hours;
    private final BookingWriter writer;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final VenueSettings settings;
    private final HouseClock time;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final HeldBookings heldBookings;

    Bookings(BookingRepository bookings, RoomRepository rooms, ClosureRepository closures, OpeningHoursRepository hours,
             BookingWriter writer, AuditTrail audit, Organisations organisations, VenueSettings settings,
             HouseClock time, ApplicationEventPublisher events, EntityManager entityManager, JdbcClient jdbc,
             HeldBookings heldBookings) {
        this.bookings = bookings;
        this.rooms = rooms;
        this.closures = closures;
        this.hours = hours;
        this.writer = writer;
        this.audit = audit;
        this.organisations = organisations;
        this.settings = settings;
        this.time = time;
        this.events = events;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.heldBookings = heldBookings;
    }

    /**
     * Books a room, confirmed at once or pending approval. Nothing is written when it throws, and the caller's
     * transaction is not marked for rollback, so a caller may try another room or time.
     *
     * @throws BookingConflictException the room is taken (with the colliding booking and alternatives)
     * @throws BookingRefusedException the rules do not allow it (message key and arguments)
     * @throws VenueAccessDeniedException the person does not act for that organisation
     */
    @Transactional(noRollbackFor = {BookingConflictException.class, BookingRefusedException.class})
    public BookingView book(BookingRequest request) {
        Room room = bookableRoom(request.roomId());
        OrganisationRef organisation = mayBookFor(request.actor(), request.organisationId(), room);
        Instant start = LocalTimes.instantOf(time, request.start());
        Instant end = LocalTimes.instantOf(time, request.end());
        requireAllowed(room, request, start, end);
        long minutes = Duration.between(start, end).toMinutes();
        VenueSettings.Limits limits = request.actor().staff() ? null
            : settings.limitsOf(organisation.id(), organisation.circle(), YearMonth.from(request.start()));
        if (limits != null) {
            requireWithin(limits.quota(), minutes);
        }
        Instant blockedUntil = end.plus(Duration.ofMinutes(room.getBufferMinutes()));
        BookingWriter.NewBooking row = newBooking(request, room, organisation, null, start, end, blockedUntil, minutes);
        long id = writer.insert(row).orElseThrow(() -> conflict(request, room, organisation, availabilityAround(start, end)));
        boolean mayChange = limits == null
            || time.now().plus(Duration.ofHours(limits.cancellationDeadlineHours())).isBefore(start);
        return new BookingView(id, room.getId(), room.getName(), organisation.id(), organisation.name(),
            request.actor().personId(), null, request.title(), request.titlePublic(), request.attendees(), request.notes(),
            time.at(start), time.at(end), BookingStatus.valueOf(row.status()), null, row.priceCents(), 0, 0, mayChange, false);
    }

    /**
     * Books a room open to partner houses for the organisation that stands for a partner house, whose agreement the
     * caller holds (its quota checked under its lock): the room's rules apply, not a circle's; hours are exchanged
     * between the houses, not charged; the room's approval rule decides whether it waits. Nothing is written when it
     * throws, and a taken slot is refused without alternatives (the partner's member sees the room's busy times).
     */
    @Transactional
    BookingView bookForPartner(BookingRequest request) {
        Room room = bookableRoom(request.roomId());
        if (!room.isOpenToPartners()) {
            throw new VenueNotFoundException("room " + request.roomId() + " is not open to partners");
        }
        OrganisationRef organisation = organisations.find(request.organisationId()).orElseThrow();
        Instant start = LocalTimes.instantOf(time, request.start());
        Instant end = LocalTimes.instantOf(time, request.end());
        requireAllowed(room, request, start, end);
        BookingStatus status = room.isApprovalRequired() ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        long id = writer.insert(new BookingWriter.NewBooking(room.getId(), organisation.id(), request.actor().personId(),
                null, request.title(), request.titlePublic(), request.attendees(), request.notes(), start, end,
                end.plus(Duration.ofMinutes(room.getBufferMinutes())), status.name(), 0, time.now()))
            .orElseThrow(() -> new BookingRefusedException("venue.partners.refused.taken"));
        return view(load(id), request.actor(), Set.of(organisation.id()));
    }

    /**
     * Books the room of a meeting: like {@link #book}, and the booking is then held by the meeting, so that nobody
     * cancels or moves it from the booking's page while the meeting still shows the room.
     */
    @Transactional(noRollbackFor = {BookingConflictException.class, BookingRefusedException.class})
    public BookingView bookForMeeting(BookingRequest request) {
        BookingView booked = book(request);
        load(booked.id()).holdForMeeting();
        return booked;
    }

    /**
     * Releases the room of a cancelled meeting: only a booking held by a meeting, by the caller that cancels the
     * meeting in the same transaction (who may do so was decided there). Staff decisions on it stay possible.
     */
    @Transactional
    public void releaseForMeeting(Actor actor, long bookingId, String reason) {
        Booking booking = load(bookingId);
        if (!booking.isHeldForMeeting()) {
            throw new VenueAccessDeniedException("Booking " + bookingId + " is not held by a meeting");
        }
        if (booking.isActive()) {
            BookingStatus before = booking.getStatus();
            booking.decide(BookingStatus.CANCELLED, blankToNull(reason), time.now());
            audit.booking(actor, "CANCELLED", booking, before, BookingStatus.CANCELLED, reason);
        }
    }

    /**
     * Moves the room of a moved meeting: the booking it holds goes to the new time, in the same room or in
     * {@code roomId} when one is chosen instead of a taken one, for the caller that moves the meeting in the same
     * transaction (who may do so was decided there). The booking's rules apply as when it was made (hours,
     * closures, capacity, the organisation's access to the room and its quota), and a taken room is the usual
     * conflict, with the rooms free at the new time. Nothing changes when it throws.
     */
    @Transactional
    public BookingView moveForMeeting(Actor actor, long bookingId, Long roomId, LocalDateTime start, LocalDateTime end) {
        Booking booking = load(bookingId);
        if (!booking.isHeldForMeeting() || !booking.isActive()) {
            throw new VenueAccessDeniedException("Booking " + bookingId + " is not the room of a planned meeting");
        }
        Room room = bookableRoom(roomId == null ? booking.getRoomId() : roomId);
        OrganisationRef organisation = organisations.find(booking.getOrganisationId()).orElseThrow();
        requireOpenTo(organisation, room);
        BookingRequest wanted = new BookingRequest(actor, room.getId(), organisation.id(), start, end, booking.getTitle(),
            booking.getAttendees(), booking.isTitlePublic(), booking.getNotes());
        Instant from = LocalTimes.instantOf(time, start);
        Instant to = LocalTimes.instantOf(time, end);
        Availability availability = availabilityAround(from, to);
        BookingRefusedException problem = problemWith(room, wanted, from, to, availability);
        if (problem != null) {
            throw problem;
        }
        long minutes = Duration.between(from, to).toMinutes();
        boolean sameMonth = YearMonth.from(time.at(booking.getStartsAt())).equals(YearMonth.from(start));
        long before = sameMonth ? Duration.between(booking.getStartsAt(), booking.getEndsAt()).toMinutes() : 0;
        if (minutes > before) {
            checkQuota(actor, organisation, start, minutes - before);
        }
        Instant blockedUntil = to.plus(Duration.ofMinutes(room.getBufferMinutes()));
        if (!availability.collisions(room.getId(), from, blockedUntil, booking.getId()).isEmpty()) {
            throw conflict(wanted, room, organisation, availability);
        }
        boolean moved = writer.move(new BookingWriter.Move(booking.getId(), booking.getVersion(), room.getId(), from, to,
                blockedUntil, price(room, organisation, minutes), time.now()))
            .orElseThrow(() -> conflict(wanted, room, organisation, availabilityAround(from, to)));
        if (!moved) {
            throw new ObjectOptimisticLockingFailureException(Booking.class, booking.getId());
        }
        entityManager.refresh(booking);
        return view(booking, actor, Set.of(organisation.id()));
    }

    /** The organisations the person may book for: any member for the staff, else their own. */
    public List<OrganisationRef> organisationsFor(Actor actor) {
        return actor.staff() ? organisations.members() : organisations.ofPerson(actor.personId());
    }

    /** Every occurrence of a series and what stops some of them, without writing anything. */
    public SeriesPreview previewSeries(BookingRequest first, Recurrence recurrence) {
        Room room = bookableRoom(first.roomId());
        OrganisationRef organisation = mayBookFor(first.actor(), first.organisationId(), room);
        return preview(first, recurrence, room, organisation);
    }

    /** Books every free occurrence of the series, or none when one is taken meanwhile. */
    @Transactional
    public List<BookingView> bookSeries(BookingRequest first, Recurrence recurrence) {
        Room room = bookableRoom(first.roomId());
        OrganisationRef organisation = mayBookFor(first.actor(), first.organisationId(), room);
        SeriesPreview preview = preview(first, recurrence, room, organisation);
        if (preview.freeCount() == 0) {
            throw new BookingRefusedException("venue.refused.noFreeOccurrence");
        }
        long seriesId = writer.newSeries(recurrence.frequency().name(), time.now());
        List<Long> ids = new ArrayList<>();
        for (SeriesPreview.Occurrence occurrence : preview.occurrences()) {
            if (occurrence.free()) {
                BookingRequest one = first.at(occurrence.start(), occurrence.end());
                Instant start = LocalTimes.instantOf(time, occurrence.start());
                Instant end = LocalTimes.instantOf(time, occurrence.end());
                Instant blockedUntil = end.plus(Duration.ofMinutes(room.getBufferMinutes()));
                long minutes = Duration.between(start, end).toMinutes();
                ids.add(writer.insert(newBooking(one, room, organisation, seriesId, start, end, blockedUntil, minutes))
                    .orElseThrow(() -> conflict(one, room, organisation, availabilityAround(start, end))));
            }
        }
        return views(bookings.findAllById(ids), first.actor(), Set.of(organisation.id()));
    }

    /** Changes a booking, or it and the following ones of its series (each keeping its own date). */
    @Transactional
    public BookingView change(BookingChange change) {
        Booking booking = load(change.bookingId());
        boolean own = mayTouch(change.actor(), booking);
        requireNotHeld(booking);
        if (!own && (change.reason() == null || change.reason().isBlank())) {
            throw new BookingRefusedException("venue.refused.reasonRequired");
        }
        Room room = rooms.findById(booking.getRoomId()).orElseThrow();
        OrganisationRef organisation = organisations.find(booking.getOrganisationId()).orElseThrow();
        List<Booking> targets = change.following() && booking.getSeriesId() != null
            ? bookings.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(booking.getSeriesId(), booking.getStartsAt())
                .stream().filter(Booking::isActive).toList()
            : List.of(booking);
        LocalDateTime chosenStart = time.at(booking.getStartsAt()).toLocalDateTime();
        long dayShift = change.start().toLocalDate().toEpochDay() - chosenStart.toLocalDate().toEpochDay();
        for (Booking target : targets) {
            LocalDate date = time.at(target.getStartsAt()).toLocalDate().plusDays(dayShift);
            LocalDateTime[] slot = Recurrences.on(date, change.start(), change.end());
            BookingRequest wanted = new BookingRequest(change.actor(), room.getId(), organisation.id(), slot[0], slot[1],
                change.title(), change.attendees(), change.titlePublic(), change.notes());
            Instant start = LocalTimes.instantOf(time, slot[0]);
            Instant end = LocalTimes.instantOf(time, slot[1]);
            Availability availability = availabilityAround(start, end);
            BookingRefusedException problem = problemWith(room, wanted, start, end, availability);
            if (problem != null) {
                throw problem;
            }
            long minutes = Duration.between(start, end).toMinutes();
            long before = Duration.between(target.getStartsAt(), target.getEndsAt()).toMinutes();
            if (minutes > before) {
                checkQuota(change.actor(), organisation, slot[0], minutes - before);
            }
            Instant blockedUntil = end.plus(Duration.ofMinutes(room.getBufferMinutes()));
            if (!availability.collisions(room.getId(), start, blockedUntil, target.getId()).isEmpty()) {
                throw conflict(wanted, room, organisation, availability);
            }
            long version = target.getId().equals(booking.getId()) ? change.version() : target.getVersion();
            String slotBefore = audit.slot(target.getStartsAt(), target.getEndsAt());
            boolean changed = writer.change(new BookingWriter.Change(target.getId(), version, wanted.title(),
                    wanted.titlePublic(), wanted.attendees(), wanted.notes(), start, end, blockedUntil,
                    price(room, organisation, minutes), time.now()))
                .orElseThrow(() -> conflict(wanted, room, organisation, availabilityAround(start, end)));
            if (!changed) {
                throw new ObjectOptimisticLockingFailureException(Booking.class, target.getId());
            }
            if (!own) {
                audit.booking(change.actor(), "CHANGED", target, slotBefore, audit.slot(start, end), change.reason());
            }
        }
        if (!own) {
            events.publishEvent(new BookingDecided(booking.getId(), booking.getBookedBy(), change.title(), room.getName(),
                time.at(LocalTimes.instantOf(time, change.start())), BookingDecided.Decision.CHANGED, change.reason()));
        }
        entityManager.refresh(booking);
        return view(booking, change.actor(), Set.of(organisation.id()));
    }

    /** Cancels a booking, or it and the following ones of its series. Cancelled bookings stay in the history. */
    @Transactional
    public void cancel(Actor actor, long bookingId, String reason, boolean following) {
        Booking booking = load(bookingId);
        boolean own = mayTouch(actor, booking);
        requireNotHeld(booking);
        if (!own && (reason == null || reason.isBlank())) {
            throw new BookingRefusedException("venue.refused.reasonRequired");
        }
        List<Booking> targets = following && booking.getSeriesId() != null
            ? bookings.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(booking.getSeriesId(), booking.getStartsAt())
            : List.of(booking);
        Instant now = time.now();
        for (Booking target : targets) {
            if (target.isActive()) {
                BookingStatus before = target.getStatus();
                target.decide(BookingStatus.CANCELLED, blankToNull(reason), now);
                if (!own) {
                    audit.booking(actor, "CANCELLED", target, before, BookingStatus.CANCELLED, reason);
                }
            }
        }
        if (!own) {
            events.publishEvent(decided(booking, BookingDecided.Decision.CANCELLED, reason));
        }
    }

    @Transactional
    public void approve(Actor actor, long bookingId) {
        Rooms.requireStaff(actor);
        Booking booking = pending(bookingId);
        booking.decide(BookingStatus.CONFIRMED, null, time.now());
        audit.booking(actor, "APPROVED", booking, BookingStatus.PENDING, BookingStatus.CONFIRMED, null);
        events.publishEvent(decided(booking, BookingDecided.Decision.APPROVED, null));
    }

    @Transactional
    public void refuse(Actor actor, long bookingId, String reason) {
        Rooms.requireStaff(actor);
        if (reason == null || reason.isBlank()) {
            throw new BookingRefusedException("venue.refused.reasonRequired");
        }
        Booking booking = pending(bookingId);
        booking.decide(BookingStatus.REFUSED, reason.trim(), time.now());
        audit.booking(actor, "REFUSED", booking, BookingStatus.PENDING, BookingStatus.REFUSED, reason);
        events.publishEvent(decided(booking, BookingDecided.Decision.REFUSED, reason.trim()));
    }

    /** A booking, for its organisation's people and employees only. */
    public BookingView find(Actor actor, long bookingId) {
        Booking booking = load(bookingId);
        Set<Long> mine = organisationIds(actor);
        if (!actor.staff() && !mine.contains(booking.getOrganisationId())) {
            throw new VenueAccessDeniedException("booking " + bookingId);
        }
        return view(booking, actor, mine);
    }

    /** The bookings of the person's organisations that are not over yet, then the last past ones. */
    public List<BookingView> upcomingOf(Actor actor) {
        Set<Long> mine = organisationIds(actor);
        return mine.isEmpty() ? List.of() : views(bookings.ofOrganisationsFrom(mine, time.now()), actor, mine);
    }

    public List<BookingView> pastOf(Actor actor) {
        Set<Long> mine = organisationIds(actor);
        return mine.isEmpty() ? List.of() : views(bookings.pastOfOrganisations(mine, time.now()), actor, mine);
    }

    /**
     * The next {@code limit} active bookings of the person's organisations, soonest first, with their room: one
     * statement besides the person's organisations (which a read-only transaction reads once for the whole page).
     */
    public List<NextBooking> next(Actor actor, int limit) {
        Map<Long, String> mine = organisations.ofPerson(actor.personId()).stream()
            .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        if (mine.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT b.id, b.title, b.starts_at, b.ends_at, b.organisation_id, r.name
                  FROM venue.booking b JOIN venue.room r ON r.id = b.room_id
                 WHERE b.organisation_id IN (:organisations) AND b.status IN ('PENDING', 'CONFIRMED') AND b.ends_at > :now
                 ORDER BY b.starts_at LIMIT :limit""")
            .param("organisations", mine.keySet()).param("now", java.sql.Timestamp.from(time.now())).param("limit", limit)
            .query((rs, n) -> new NextBooking(rs.getLong(1), rs.getString(2), time.at(rs.getTimestamp(3).toInstant()),
                time.at(rs.getTimestamp(4).toInstant()), rs.getString(6), mine.get(rs.getLong(5))))
            .list();
    }

    /** How many bookings wait for an employee's decision. */
    public long awaitingApprovalCount(Actor actor) {
        Rooms.requireStaff(actor);
        return jdbc.sql("SELECT count(*) FROM venue.booking WHERE status = 'PENDING'").query(Long.class).single();
    }

    /** Bookings waiting for an employee's decision, soonest first. */
    public List<BookingView> awaitingApproval(Actor actor) {
        Rooms.requireStaff(actor);
        return views(bookings.findByStatusOrderByStartsAt(BookingStatus.PENDING), actor, Set.of());
    }

    // ---- rules

    private Room bookableRoom(long roomId) {
        Room room = rooms.findById(roomId).orElseThrow(() -> new VenueNotFoundException("room " + roomId));
        if (room.isArchived()) {
            throw new BookingRefusedException("venue.refused.archived");
        }
        return room;
    }

    private OrganisationRef mayBookFor(Actor actor, long organisationId, Room room) {
        Optional<OrganisationRef> found = actor.staff() ? organisations.find(organisationId)
            : organisations.ofPerson(actor.personId()).stream().filter(o -> o.id() == organisationId).findFirst();
        OrganisationRef organisation = found.orElseThrow(() -> organisations.find(organisationId).isPresent()
            ? new VenueAccessDeniedException("organisation " + organisationId)
            : new VenueNotFoundException("organisation " + organisationId));
        requireOpenTo(organisation, room);
        return organisation;
    }

    /** Whether the organisation may use the room: it uses the house, and the room is open to its circle. */
    private static void requireOpenTo(OrganisationRef organisation, Room room) {
        if (!organisation.status().usesTheHouse()) {
            throw new BookingRefusedException("venue.refused.status." + organisation.status().name(), organisation.name());
        }
        if (organisation.circle() == Circle.HOSTED && !room.isOpenToHosted()) {
            throw new BookingRefusedException("venue.refused.notOpenToHosted", room.getName());
        }
        if (organisation.circle() == Circle.PARTNER_PLACE && !room.isOpenToOutside()) {
            throw new BookingRefusedException("venue.refused.notOpenToOutside", room.getName());
        }
    }

    /** Refuses a time outside the room's rules, its hours or a closure; the exclusion constraint decides collisions. */
    private void requireAllowed(Room room, BookingRequest request, Instant start, Instant end) {
        // only a refusal loads the neighbourhood
        Availability rules = new Availability(time.zone(), List.of(), closures.overlapping(start, end), hours.allOrdered());
        BookingRefusedException problem = problemWith(room, request, start, end, rules);
        if (problem != null) {
            throw problem;
        }
    }

    /** The first rule the wanted time breaks, or null. */
    private BookingRefusedException problemWith(Room room, BookingRequest request, Instant start, Instant end,
                                                Availability availability) {
        long minutes = Duration.between(start, end).toMinutes();
        if (request.title().isEmpty()) {
            return new BookingRefusedException("venue.refused.title");
        }
        if (!end.isAfter(start)) {
            return new BookingRefusedException("venue.refused.order");
        }
        if (request.attendees() < 1 || request.attendees() > room.getCapacity()) {
            return new BookingRefusedException("venue.refused.capacity", room.getCapacity());
        }
        if (minutes < room.getMinMinutes() || minutes > room.getMaxMinutes()) {
            return new BookingRefusedException("venue.refused.duration", room.getMinMinutes(), room.getMaxMinutes());
        }
        if (start.isBefore(time.now())) {
            return new BookingRefusedException("venue.refused.past");
        }
        if (start.isAfter(time.now().plus(Duration.ofDays(room.getMaxDaysAhead())))) {
            return new BookingRefusedException("venue.refused.tooFar", room.getMaxDaysAhead());
        }
        if (!availability.isOpen(room.getId(), request.start(), request.end())) {
            return new BookingRefusedException("venue.refused.hours");
        }
        List<coop.toitcommun.venue.internal.Closure> closed = availability.closuresOf(room.getId(), start, end);
        if (!closed.isEmpty()) {
            return new BookingRefusedException("venue.refused.closure", closed.get(0).getReason());
        }
        return null;
    }

    private void checkQuota(Actor actor, OrganisationRef organisation, LocalDateTime start, long extraMinutes) {
        if (!actor.staff()) {
            requireWithin(settings.quotaOf(organisation.id(), organisation.circle(), YearMonth.from(start)), extraMinutes);
        }
    }

    private static void requireWithin(VenueSettings.Quota quota, long extraMinutes) {
        if (quota.exceededBy(extraMinutes)) {
            throw new BookingRefusedException("venue.refused.quota", quota.usedHours().toPlainString(),
                quota.allowedHours(), VenueSettings.hours(extraMinutes).toPlainString());
        }
    }

    private SeriesPreview preview(BookingRequest first, Recurrence recurrence, Room room, OrganisationRef organisation) {
        List<LocalDate> dates = Recurrences.dates(first.start().toLocalDate(), recurrence, time.localNow().toLocalDate());
        LocalDateTime[] lastSlot = Recurrences.on(dates.get(dates.size() - 1), first.start(), first.end());
        Availability availability = load(first.start().atZone(time.zone()).toInstant().minus(Duration.ofDays(1)),
            lastSlot[1].atZone(time.zone()).toInstant().plus(Duration.ofDays(1)));
        Map<YearMonth, Long> used = new HashMap<>();
        Map<Circle, Integer> quotas = settings.quotas();
        Integer allowed = quotas.get(organisation.circle());
        List<SeriesPreview.Occurrence> occurrences = new ArrayList<>();
        for (LocalDate date : dates) {
            LocalDateTime[] slot = Recurrences.on(date, first.start(), first.end());
            occurrences.add(new SeriesPreview.Occurrence(slot[0], slot[1],
                occurrenceProblem(first.at(slot[0], slot[1]), room, organisation, availability, used, allowed)));
        }
        return new SeriesPreview(occurrences);
    }

    private String occurrenceProblem(BookingRequest one, Room room, OrganisationRef organisation, Availability availability,
                                     Map<YearMonth, Long> used, Integer allowed) {
        if (!time.exists(one.start()) || !time.exists(one.end())) {
            return "venue.refused.skippedHour.short";
        }
        Instant start = LocalTimes.instantOf(time, one.start());
        Instant end = LocalTimes.instantOf(time, one.end());
        BookingRefusedException problem = problemWith(room, one, start, end, availability);
        if (problem != null) {
            return problem.reason();
        }
        if (!availability.collisions(room.getId(), start, end.plus(Duration.ofMinutes(room.getBufferMinutes())), null).isEmpty()) {
            return "venue.problem.conflict";
        }
        if (!one.actor().staff() && allowed != null) {
            YearMonth month = YearMonth.from(one.start());
            long minutes = Duration.between(start, end).toMinutes();
            long already = used.computeIfAbsent(month, m -> settings.usedMinutes(organisation.id(), m));
            if (already + minutes > allowed * 60L) {
                return "venue.problem.quota";
            }
            used.put(month, already + minutes);
        }
        return null;
    }

    // ---- conflicts and their alternatives

    private BookingConflictException conflict(BookingRequest request, Room room, OrganisationRef organisation,
                                              Availability availability) {
        Instant start = LocalTimes.instantOf(time, request.start());
        Instant end = LocalTimes.instantOf(time, request.end());
        List<HeldBooking> colliding = availability.collisions(room.getId(), start,
            end.plus(Duration.ofMinutes(room.getBufferMinutes())), null);
        HeldBooking first = colliding.isEmpty() ? null : colliding.get(0);
        String title = first != null && (first.titlePublic() || first.organisationId() == organisation.id()
            || request.actor().staff()) ? first.title() : null;
        return new BookingConflictException(new Conflict(title,
            first == null ? null : time.at(first.startsAt()).toLocalDateTime(),
            first == null ? null : time.at(first.endsAt()).toLocalDateTime(),
            nearestFreeSlots(request, room, availability), freeRooms(request, room, organisation, availability)));
    }

    private List<FreeSlot> nearestFreeSlots(BookingRequest request, Room room, Availability availability) {
        Duration length = Duration.between(request.start(), request.end());
        List<FreeSlot> found = new ArrayList<>();
        LocalDateTime now = time.localNow();
        for (int step = 1; step <= SEARCH_DAYS * 24 * 60 / SLOT_STEP_MINUTES && found.size() < ALTERNATIVES; step++) {
            for (int sign : new int[] {-1, 1}) {
                LocalDateTime start = request.start().plusMinutes((long) sign * step * SLOT_STEP_MINUTES);
                LocalDateTime end = start.plus(length);
                if (found.size() < ALTERNATIVES && start.isAfter(now) && time.exists(start) && time.exists(end)
                    && availability.canTake(room, start, end, null)) {
                    found.add(new FreeSlot(room.getId(), room.getName(), start, end));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(FreeSlot::start));
        return found;
    }

    private List<RoomView> freeRooms(BookingRequest request, Room taken, OrganisationRef organisation,
                                     Availability availability) {
        return rooms.findByArchivedFalseOrderByName().stream()
            .filter(r -> !r.getId().equals(taken.getId()) && r.getCapacity() >= request.attendees())
            .filter(r -> organisation.circle() != Circle.HOSTED || r.isOpenToHosted())
            .filter(r -> organisation.circle() != Circle.PARTNER_PLACE || r.isOpenToOutside())
            .filter(r -> availability.canTake(r, request.start(), request.end(), null))
            .map(Rooms::viewOf).toList();
    }

    private Availability availabilityAround(Instant start, Instant end) {
        return load(start.minus(Duration.ofDays(SEARCH_DAYS + 1)), end.plus(Duration.ofDays(SEARCH_DAYS + 1)));
    }

    Availability load(Instant from, Instant to) {
        return new Availability(time.zone(), heldBookings.between(from, to),
            closures.overlapping(from, to), hours.allOrdered());
    }

    // ---- helpers

    private BookingWriter.NewBooking newBooking(BookingRequest request, Room room, OrganisationRef organisation,
                                                Long seriesId, Instant start, Instant end, Instant blockedUntil,
                                                long minutes) {
        boolean needsApproval = !request.actor().staff()
            && (room.isApprovalRequired() || organisation.circle() == Circle.PARTNER_PLACE);
        return new BookingWriter.NewBooking(room.getId(), organisation.id(), request.actor().personId(), seriesId,
            request.title(), request.titlePublic(), request.attendees(), request.notes(), start, end, blockedUntil,
            (needsApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED).name(),
            price(room, organisation, minutes), time.now());
    }

    /** The price by the organisation's category: members, hosted, outside (partner places). */
    static int price(Room room, OrganisationRef organisation, long minutes) {
        int rate;
        if (organisation.circle() == Circle.HOSTED) {
            rate = room.getRateHosted();
        } else if (organisation.circle() == Circle.PARTNER_PLACE) {
            rate = room.getRateOutside();
        } else {
            rate = room.getRateMember();
        }
        return (int) (rate * minutes / 60);
    }

    private Booking load(long bookingId) {
        return bookings.findById(bookingId).orElseThrow(() -> new VenueNotFoundException("booking " + bookingId));
    }

    private Booking pending(long bookingId) {
        Booking booking = load(bookingId);
        if (booking.getStatus() != BookingStatus.PENDING) {
            throw new BookingRefusedException("venue.refused.notPending");
        }
        return booking;
    }

    /**
     * Whether the actor may change or cancel: true for their own organisation's booking before the deadline,
     * false for an employee acting on someone else's (who must give a reason). Anything else is refused.
     */
    private boolean mayTouch(Actor actor, Booking booking) {
        boolean linked = organisations.isLinked(actor.personId(), booking.getOrganisationId());
        if (!linked && !actor.staff()) {
            throw new VenueAccessDeniedException("booking " + booking.getId());
        }
        if (!booking.isActive()) {
            throw new BookingRefusedException("venue.refused.notActive");
        }
        if (!actor.staff() && !beforeDeadline(booking)) {
            throw new BookingRefusedException("venue.refused.deadline", settings.cancellationDeadlineHours());
        }
        return linked;
    }

    private boolean beforeDeadline(Booking booking) {
        return time.now().plus(Duration.ofHours(settings.cancellationDeadlineHours())).isBefore(booking.getStartsAt());
    }

    private BookingDecided decided(Booking booking, BookingDecided.Decision decision, String reason) {
        String roomName = rooms.findById(booking.getRoomId()).map(Room::getName).orElse("");
        return new BookingDecided(booking.getId(), booking.getBookedBy(), booking.getTitle(), roomName,
            time.at(booking.getStartsAt()), decision, blankToNull(reason));
    }

    private Set<Long> organisationIds(Actor actor) {
        return organisations.ofPerson(actor.personId()).stream().map(OrganisationRef::id).collect(Collectors.toSet());
    }

    private BookingView view(Booking booking, Actor actor, Set<Long> mine) {
        return views(List.of(booking), actor, mine).get(0);
    }

    /** Views of many bookings with two more queries (rooms, organisations) whatever their number. */
    List<BookingView> views(Collection<Booking> list, Actor actor, Set<Long> mine) {
        Map<Long, Room> roomsById = rooms.findAll().stream().collect(Collectors.toMap(Room::getId, Function.identity()));
        Map<Long, OrganisationRef> names = organisations.findAll(
            list.stream().map(Booking::getOrganisationId).collect(Collectors.toSet()));
        int deadline = list.isEmpty() ? 0 : settings.cancellationDeadlineHours();
        return list.stream().map(b -> {
            boolean visible = actor.staff() || mine.contains(b.getOrganisationId()) || b.isTitlePublic();
            boolean own = mine.contains(b.getOrganisationId());
            boolean mayChange = b.isActive() && !b.isHeldForMeeting() && (actor.staff()
                || own && time.now().plus(Duration.ofHours(deadline)).isBefore(b.getStartsAt()));
            OrganisationRef organisation = names.get(b.getOrganisationId());
            return new BookingView(b.getId(), b.getRoomId(), roomsById.get(b.getRoomId()).getName(), b.getOrganisationId(),
                organisation == null ? "" : organisation.name(), b.getBookedBy(), b.getSeriesId(),
                visible ? b.getTitle() : null, b.isTitlePublic(), b.getAttendees(),
                actor.staff() || own ? b.getNotes() : null, time.at(b.getStartsAt()), time.at(b.getEndsAt()),
                b.getStatus(), b.getStatusReason(), b.getPriceCents(), b.getSequence(), b.getVersion(), mayChange,
                b.isHeldForMeeting());
        }).toList();
    }

    private static void requireNotHeld(Booking booking) {
        if (booking.isHeldForMeeting()) {
            throw new BookingRefusedException("venue.refused.heldForMeeting");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
