package coop.toitcommun.venue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.RequestWindows;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of people without an account for events of the public programme, and their waiting list.
 *
 * <p>Every change of an event's places first locks the event's row ({@code FOR UPDATE}): two people asking for
 * the last place at once are served one after the other, so exactly one gets it and the other waits. The
 * {@code confirmed_places} column carries a CHECK against the capacity, the database's last word. The waiting
 * list is first come, first served for whole requests: its first registration moves up when all its places are
 * free, and nobody behind it overtakes it (nor does a newcomer while someone waits).
 *
 * <p>The visitor is told the same thing whatever happened (registered, waiting, already registered); the email
 * says which. Names and emails are erased once the event is over plus {@link ProgrammeSettings#retention()}.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(ProgrammeSettings.class)
public class Registrations {

    static final String BY_ADDRESS = "event-registration-address";
    static final String BY_EMAIL = "event-registration-email";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final EventRows events;
    private final RequestWindows windows;
    private final ProgrammeSettings settings;
    private final HouseClock time;
    private final ApplicationEventPublisher publisher;

    Registrations(JdbcClient jdbc, EventRows events, RequestWindows windows, ProgrammeSettings settings, HouseClock time,
                  ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.events = events;
        this.windows = windows;
        this.settings = settings;
        this.time = time;
        this.publisher = publisher;
    }

    /**
     * Registers a visitor: confirmed while places are left and nobody waits, else on the waiting list. The emails
     * are published as {@link RegistrationReceived} in this transaction.
     *
     * @throws RegistrationLimitException too many registrations from that address or for that email lately
     * @throws BookingRefusedException the event takes no registration (cancelled, over, free entry) or fewer places
     * @throws VenueNotFoundException no such event
     */
    @Transactional
    public void register(long eventId, NewRegistration registration, String clientAddress) {
        Instant now = time.now();
        admit(registration.email(), clientAddress, now);
        Event event = lock(eventId);
        if (event.cancelled() || !event.registrationRequired() || !event.end().isAfter(now)) {
            throw new BookingRefusedException("events.refused.closed");
        }
        int most = event.capacity() == null ? settings.maxPlaces() : Math.min(settings.maxPlaces(), event.capacity());
        if (registration.places() < 1 || registration.places() > most) {
            throw new BookingRefusedException("events.refused.places", most);
        }
        String language = "en".equals(registration.language()) ? "en" : "fr";
        boolean already = jdbc.sql("""
                SELECT count(*) > 0 FROM venue.event_registration
                 WHERE event_id = :event AND lower(email) = lower(:email) AND status <> 'CANCELLED' AND erased_at IS NULL""")
            .param("event", eventId).param("email", registration.email()).query(Boolean.class).single();
        if (already) {
            publisher.publishEvent(new RegistrationReceived(events.find(eventId).orElseThrow(), registration.name(),
                registration.email(), language, registration.places(), null, null, true));
            return;
        }
        boolean fits = event.capacity() == null
            || event.waitingCount() == 0 && event.confirmedPlaces() + registration.places() <= event.capacity();
        RegistrationStatus status = fits ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        String token = newToken();
        jdbc.sql("""
                INSERT INTO venue.event_registration (event_id, name, email, language, places, status, token_hash,
                    registered_at, changed_at)
                VALUES (:event, :name, :email, :language, :places, :status, :hash, :now, :now)""")
            .param("event", eventId).param("name", registration.name()).param("email", registration.email())
            .param("language", language).param("places", registration.places()).param("status", status.name())
            .param("hash", hash(token)).param("now", Timestamp.from(now)).update();
        if (fits) {
            addConfirmed(eventId, registration.places());
        }
        publisher.publishEvent(new RegistrationReceived(events.find(eventId).orElseThrow(), registration.name(),
            registration.email(), language, registration.places(), status, token, false));
    }

    /** The registration behind a cancellation link, or empty for an unknown or erased one. */
    public Optional<Found> byToken(String token) {
        return jdbc.sql("""
                SELECT id, event_id, name, places, status FROM venue.event_registration WHERE token_hash = :hash""")
            .param("hash", hash(token))
            .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                RegistrationStatus.valueOf(rs.getString(5))))
            .optional();
    }

    /** A registration found by its link, and the event it is for. */
    public record Found(long id, long eventId, String name, int places, RegistrationStatus status) {
    }

    /**
     * Cancels the registration behind a link and lets the waiting list move up; empty for an unknown link, the
     * event's id otherwise (cancelling twice changes nothing).
     */
    @Transactional
    public Optional<Long> cancel(String token) {
        Optional<Found> found = byToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long eventId = found.get().eventId();
        Event event = lock(eventId);
        List<Integer> freed = jdbc.sql("""
                UPDATE venue.event_registration r SET status = 'CANCELLED', changed_at = :now
                  FROM venue.event_registration before
                 WHERE r.id = :id AND before.id = r.id AND r.status <> 'CANCELLED'
                RETURNING CASE WHEN before.status = 'CONFIRMED' THEN r.places ELSE 0 END""")
            .param("now", Timestamp.from(time.now())).param("id", found.get().id()).query(Integer.class).list();
        if (!freed.isEmpty() && freed.get(0) > 0) {
            addConfirmed(eventId, -freed.get(0));
        }
        if (!event.cancelled() && event.end().isAfter(time.now())) {
            promote(eventId);
        }
        return Optional.of(eventId);
    }

    /** The registrations and the waiting list of an event, in the order they came, for its organisers. */
    public List<RegistrationView> of(Actor actor, long eventId) {
        events.forOrganiser(actor, eventId);
        return jdbc.sql("""
                SELECT id, event_id, name, email, places, status, registered_at FROM venue.event_registration
                 WHERE event_id = :event ORDER BY id""")
            .param("event", eventId)
            .query((rs, n) -> new RegistrationView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getInt(5), RegistrationStatus.valueOf(rs.getString(6)), time.at(rs.getTimestamp(7).toInstant())))
            .list();
    }

    /**
     * Erases the names, emails and links of registrations whose event ended more than the retention period before
     * {@code now}; returns how many. One conditional UPDATE: several instances may run it at once, a row is erased
     * once.
     */
    @Transactional
    public int eraseExpired(Instant now) {
        return jdbc.sql("""
                UPDATE venue.event_registration r SET name = NULL, email = NULL, token_hash = NULL, erased_at = :now
                  FROM venue.public_event e
                 WHERE e.id = r.event_id AND r.erased_at IS NULL AND e.ends_at < :before""")
            .param("now", Timestamp.from(now)).param("before", Timestamp.from(now.minus(settings.retention())))
            .update();
    }

    /** Moves the waiting list up while its first registration fits; the caller holds the event's lock. */
    @Transactional
    void promote(long eventId) {
        Event event = lock(eventId);
        int confirmed = event.confirmedPlaces();
        while (true) {
            Optional<Waiting> first = jdbc.sql("""
                    SELECT id, name, email, language, places FROM venue.event_registration
                     WHERE event_id = :event AND status = 'WAITING' ORDER BY id LIMIT 1""")
                .param("event", eventId)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .optional();
            if (first.isEmpty() || event.capacity() != null && confirmed + first.get().places() > event.capacity()) {
                return;
            }
            Waiting promoted = first.get();
            jdbc.sql("UPDATE venue.event_registration SET status = 'CONFIRMED', changed_at = :now WHERE id = :id")
                .param("now", Timestamp.from(time.now())).param("id", promoted.id()).update();
            addConfirmed(eventId, promoted.places());
            confirmed += promoted.places();
            publisher.publishEvent(new RegistrationPromoted(events.find(eventId).orElseThrow(), promoted.name(),
                promoted.email(), promoted.language(), promoted.places()));
        }
    }

    /** Everyone still registered or waiting, to tell them the event is cancelled. */
    List<PublicEventCancelled.Registrant> registrants(long eventId) {
        return jdbc.sql("""
                SELECT name, email, language FROM venue.event_registration
                 WHERE event_id = :event AND status IN ('CONFIRMED', 'WAITING') AND erased_at IS NULL ORDER BY id""")
            .param("event", eventId)
            .query((rs, n) -> new PublicEventCancelled.Registrant(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    }

    private void admit(String email, String clientAddress, Instant now) {
        Duration window = settings.registrationWindow();
        windows.forget(window, now, BY_ADDRESS, BY_EMAIL);
        Optional<Duration> byAddress = windows.count(BY_ADDRESS, clientAddress == null ? "" : clientAddress,
            settings.registrationsPerAddress(), window, now);
        Optional<Duration> byEmail = windows.count(BY_EMAIL, email.toLowerCase(Locale.ROOT),
            settings.registrationsPerEmail(), window, now);
        if (byAddress.isPresent() || byEmail.isPresent()) {
            throw new RegistrationLimitException(byAddress.orElse(Duration.ZERO).compareTo(byEmail.orElse(Duration.ZERO)) > 0
                ? byAddress.get() : byEmail.orElseThrow());
        }
    }

    private void addConfirmed(long eventId, int places) {
        jdbc.sql("UPDATE venue.public_event SET confirmed_places = confirmed_places + :places WHERE id = :id")
            .param("places", places).param("id", eventId).update();
    }

    private Event lock(long eventId) {
        return jdbc.sql("""
                SELECT e.capacity, e.confirmed_places, e.registration_required, e.status = 'CANCELLED', e.ends_at,
                       (SELECT count(*) FROM venue.event_registration w WHERE w.event_id = e.id AND w.status = 'WAITING')
                  FROM venue.public_event e WHERE e.id = :id FOR UPDATE OF e""")
            .param("id", eventId)
            .query((rs, n) -> new Event((Integer) rs.getObject(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6)))
            .optional().orElseThrow(() -> new VenueNotFoundException("event " + eventId));
    }

    private record Event(Integer capacity, int confirmedPlaces, boolean registrationRequired, boolean cancelled,
                         Instant end, int waitingCount) {
    }

    private record Waiting(long id, String name, String email, String language, int places) {
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
