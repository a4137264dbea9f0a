package coop.toitcommun.venue;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import coop.toitcommun.membership.HouseClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming public events of the houses that publish their programme to the network (membership's
 * {@code Network}), read from the copies the database keeps of every published event (venue.network_event), which
 * every house may read.
 */
@Service
@Transactional(readOnly = true)
public class NetworkProgramme {

    private final JdbcClient jdbc;
    private final HouseClock time;

    NetworkProgramme(JdbcClient jdbc, HouseClock time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The first {@code limit} events of these houses that are not over, soonest first. */
    public List<NetworkEvent> coming(Collection<Long> houses, int limit) {
        if (houses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT event_id, house_id, title, starts_at, ends_at, place FROM venue.network_event
                 WHERE ends_at > :now AND house_id IN (:houses)
                 ORDER BY starts_at, event_id LIMIT :limit""")
            .param("now", Timestamp.from(time.now())).param("houses", houses).param("limit", limit)
            .query((rs, n) -> new NetworkEvent(rs.getLong("event_id"), rs.getLong("house_id"), rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant().atZone(time.zone()),
                rs.getTimestamp("ends_at").toInstant().atZone(time.zone()), rs.getString("place")))
            .list();
    }
}
