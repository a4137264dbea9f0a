package coop.toitcommun.membership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the house who can sign in (an enabled account with at least one role), for the modules that let
 * someone choose among them or write to those holding a role. One statement each.
 */
@Service
@Transactional(readOnly = true)
public class HousePeople {

    private static final String OF_THE_HOUSE = """
        FROM membership.person p JOIN membership.user_account u ON u.person_id = p.id
        WHERE u.enabled AND EXISTS (SELECT 1 FROM membership.account_role r WHERE r.person_id = p.id%s)""";

    private final JdbcClient jdbc;

    HousePeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone of the house with an account, by name. */
    public List<PersonRef> withAccount() {
        return jdbc.sql("SELECT p.id, p.display_name, p.email " + OF_THE_HOUSE.formatted("") + " ORDER BY p.display_name, p.id")
            .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** These people, those of them who are of the house, to write to. */
    public Map<Long, Recipient> recipients(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Recipient> found = new HashMap<>();
        jdbc.sql("SELECT p.id, p.email, p.display_name, p.preferred_language " + OF_THE_HOUSE.formatted("") + " AND p.id IN (:ids)")
            .param("ids", List.copyOf(personIds))
            .query(rs -> {
                found.put(rs.getLong(1), new Recipient(rs.getString(2), rs.getString(3),
                    Language.fromTag(rs.getString(4)).orElse(Language.DEFAULT)));
            });
        return found;
    }

    /** Those of the house holding one of these roles, to write to, each once. */
    public List<Recipient> withRole(Collection<Role> roles) {
        return jdbc.sql("SELECT p.email, p.display_name, p.preferred_language "
                + OF_THE_HOUSE.formatted(" AND r.role IN (:roles)") + " ORDER BY p.id")
            .param("roles", roles.stream().map(Role::name).toList())
            .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2),
                Language.fromTag(rs.getString(3)).orElse(Language.DEFAULT))).list();
    }
}
