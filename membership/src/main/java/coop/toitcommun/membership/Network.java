package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network of the deployment's houses: what each house publishes to the others, chosen by its admins, and what
 * the houses publish. The published rows are copies that the database keeps (membership.network_member,
 * venue.network_event) and that every house may read, while each house's own tables stay out of the others' sight;
 * an organisation appears only if it is listed in its house's directory and chose the network too.
 */
@Service
@Transactional(readOnly = true)
public class Network {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final HouseRights rights;
    private final AuditLog audit;
    private final Houses houses;
    private final Clock clock;

    Network(JdbcClient jdbc, HouseRights rights, AuditLog audit, Houses houses, Clock clock) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.audit = audit;
        this.houses = houses;
        this.clock = clock;
    }

    /** What the request's house publishes; every house reads every house's choice, so this one is named. */
    public NetworkPublication publication() {
        return jdbc.sql("""
                SELECT directory, programme FROM membership.network_publication
                 WHERE house_id = membership.current_house()""")
            .query(NetworkPublication.class).optional().orElse(NetworkPublication.NOTHING);
    }

    /** An admin of the house chooses what it publishes to the network. */
    @Transactional
    public void publish(long adminId, NetworkPublication publication) {
        rights.requireAdmin(adminId);
        NetworkPublication before = publication();
        jdbc.sql("""
                INSERT INTO membership.network_publication (directory, programme, changed_at)
                VALUES (:directory, :programme, :now)
                ON CONFLICT (house_id) DO UPDATE
                   SET directory = EXCLUDED.directory, programme = EXCLUDED.programme, changed_at = EXCLUDED.changed_at""")
            .param("directory", publication.directory()).param("programme", publication.programme())
            .param("now", Timestamp.from(clock.instant())).update();
        if (!before.equals(publication)) {
            audit.record(adminId, "NETWORK_PUBLICATION_CHANGED", null,
                "directory: " + publication.directory() + ", programme: " + publication.programme());
        }
    }

    /** The houses that publish something, by name, with the number of members each lists in the network. */
    public List<NetworkHouse> houses() {
        record Row(long houseId, boolean directory, boolean programme, long members) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT p.house_id, p.directory, p.programme,
                       CASE WHEN p.directory THEN (SELECT count(*) FROM membership.network_member m
                                                    WHERE m.house_id = p.house_id) ELSE 0 END AS members
                  FROM membership.network_publication p
                 WHERE p.directory OR p.programme""")
            .query(Row.class).list();
        List<NetworkHouse> publishing = new ArrayList<>();
        for (Row row : rows) {
            houses.byId(row.houseId()).ifPresent(house -> publishing.add(
                new NetworkHouse(house, new NetworkPublication(row.directory(), row.programme()), row.members())));
        }
        publishing.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.house().name(), b.house().name()));
        return publishing;
    }

    /**
     * A page of the organisations that opted in, of the houses that publish their directory (of one of them only when
     * {@code houseId} is given), by name.
     */
    public Page<NetworkMember> members(Long houseId, Pageable page) {
        long[] total = {0};
        List<NetworkMember> members = new ArrayList<>(page.getPageSize());
        jdbc.sql("""
                SELECT m.organisation_id, m.house_id, m.name, m.commune, m.website, m.description, count(*) OVER () AS total
                  FROM membership.network_member m
                  JOIN membership.network_publication p ON p.house_id = m.house_id AND p.directory
                 WHERE CAST(:house AS bigint) IS NULL OR m.house_id = :house
                 ORDER BY lower(m.name), m.organisation_id
                 LIMIT :size OFFSET :offset""")
            .param("house", houseId, Types.BIGINT).param("size", page.getPageSize()).param("offset", page.getOffset())
            .query(rs -> {
                total[0] = rs.getLong("total");
                members.add(new NetworkMember(rs.getLong("organisation_id"), rs.getLong("house_id"), rs.getString("name"),
                    rs.getString("commune"), rs.getString("website"), rs.getString("description")));
            });
        return new PageImpl<>(members, page, total[0]);
    }
}
