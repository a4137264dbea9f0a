package coop.toitcommun.membership;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people whose enabled account holds one of some roles (the house's volunteers, its coordinators…). */
@Service
@Transactional(readOnly = true)
public class RoleHolders {

    /** A person holding a role, with what an email to them needs. */
    public record Holder(long personId, String displayName, String email, Language language) {
    }

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By name, each person once, in one statement. */
    public List<Holder> holding(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.id, p.display_name, p.email, p.preferred_language FROM membership.person p
                  JOIN membership.user_account u ON u.person_id = p.id AND u.enabled
                 WHERE EXISTS (SELECT 1 FROM membership.account_role a WHERE a.person_id = p.id AND a.role IN (:roles))
                 ORDER BY lower(p.display_name), p.id""")
            .param("roles", roles.stream().map(Role::name).toList())
            .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3),
                Language.fromTag(rs.getString(4)).orElse(Language.DEFAULT)))
            .list();
    }
}
