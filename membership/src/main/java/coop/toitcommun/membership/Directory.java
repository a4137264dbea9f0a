package coop.toitcommun.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory of member organisations that opted in, and the contacts they share with members. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opted-in members, by name; {@code circle} and {@code commune} filter when given. */
    public List<DirectoryEntry> entries(Circle circle, String commune) {
        return jdbc.sql("""
                SELECT id, name, description, circle, commune, website FROM membership.organisation
                 WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE')
                   AND (CAST(:circle AS varchar) IS NULL OR circle = :circle)
                   AND (CAST(:commune AS varchar) IS NULL OR lower(commune) = lower(:commune))
                 ORDER BY lower(name)""")
            .param("circle", circle == null ? null : circle.name(), java.sql.Types.VARCHAR)
            .param("commune", commune == null || commune.isBlank() ? null : commune.trim(), java.sql.Types.VARCHAR)
            .query((rs, n) -> new DirectoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                Circle.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
            .list();
    }

    /** The communes of listed members, for the filter. */
    public List<String> communes() {
        return jdbc.sql("""
                SELECT DISTINCT commune FROM membership.organisation
                 WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE') AND commune IS NOT NULL
                 ORDER BY commune""").query(String.class).list();
    }

    /** Contacts that listed members chose to share with other members: one query for the whole page. */
    public Map<Long, List<Contact>> sharedContacts(Collection<Long> organisationIds) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("""
                SELECT op.organisation_id, p.id, p.display_name, p.email, p.phone, op.role, p.kinds
                  FROM membership.organisation_person op JOIN membership.person p ON p.id = op.person_id
                 WHERE op.organisation_id IN (:ids) AND op.shared_with_members AND p.erased_at IS NULL
                 ORDER BY p.display_name""")
            .param("ids", organisationIds)
            .query(rs -> {
                contacts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Contact(rs.getLong(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), OrganisationRole.valueOf(rs.getString(6)),
                    Contact.kindsOf(rs.getString(7)), true));
            });
        return contacts;
    }
}
