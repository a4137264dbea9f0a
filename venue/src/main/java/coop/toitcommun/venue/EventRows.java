package coop.toitcommun.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads events of the public programme as views: one statement for the events, one for their organisations' names. */
@Component
class EventRows {

    static final String COLUMNS = """
        SELECT e.id, e.organisation_id, e.title, e.description, e.starts_at, e.ends_at, b.room_id, r.name AS room_name,
               e.address, e.capacity, e.registration_required, e.confirmed_places,
               (SELECT coalesce(sum(w.places), 0) FROM venue.event_registration w
                 WHERE w.event_id = e.id AND w.status = 'WAITING') AS waiting_places,
               e.status, e.cancel_reason, e.version
          FROM venue.public_event e
          LEFT JOIN venue.booking b ON b.id = e.booking_id
          LEFT JOIN venue.room r ON r.id = b.room_id
        """;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final HouseClock time;

    EventRows(JdbcClient jdbc, Organisations organisations, HouseClock time) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.time = time;
    }

    Optional<PublicEventView> find(long eventId) {
        return withOrganisations(jdbc.sql(COLUMNS + " WHERE e.id = :id").param("id", eventId).query(EventRows::row).list())
            .stream().findFirst();
    }

    /** An event for its organisers: people linked to its organisation, and employees. */
    PublicEventView forOrganiser(Actor actor, long eventId) {
        PublicEventView event = find(eventId).orElseThrow(() -> new VenueNotFoundException("event " + eventId));
        mayOrganise(actor, event.organisationId());
        return event;
    }

    void mayOrganise(Actor actor, long organisationId) {
        if (!actor.staff() && !organisations.isLinked(actor.personId(), organisationId)) {
            throw new VenueAccessDeniedException("events of organisation " + organisationId);
        }
    }

    List<PublicEventView> withOrganisations(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(Row::organisationId).collect(Collectors.toSet());
        Map<Long, OrganisationRef> names = organisations.findAll(ids);
        return rows.stream().map(r -> r.view(names.get(r.organisationId()), time)).toList();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"), rs.getString("description"),
            rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), (Long) rs.getObject("room_id"),
            rs.getString("room_name"), rs.getString("address"), (Integer) rs.getObject("capacity"),
            rs.getBoolean("registration_required"), rs.getInt("confirmed_places"), rs.getInt("waiting_places"),
            "CANCELLED".equals(rs.getString("status")), rs.getString("cancel_reason"), rs.getLong("version"));
    }

    record Row(long id, long organisationId, String title, String description, Instant start, Instant end,
                       Long roomId, String roomName, String address, Integer capacity, boolean registrationRequired,
                       int confirmedPlaces, int waitingPlaces, boolean cancelled, String cancelReason, long version) {

        PublicEventView view(OrganisationRef organisation, HouseClock time) {
            return new PublicEventView(id, organisationId, organisation == null ? "" : organisation.name(), title,
                description, time.at(start), time.at(end), roomId, roomName, address, capacity, registrationRequired,
                confirmedPlaces, waitingPlaces, cancelled, cancelReason, version);
        }
    }
}
