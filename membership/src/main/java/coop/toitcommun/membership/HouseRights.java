package coop.toitcommun.membership;

import java.util.Arrays;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What membership lets a person do, read from the roles it keeps (an account's roles count only while it is
 * enabled): co-founders keep the door, the charter, exclusions and the list of intercommunalities; admins keep the
 * accounts and the sign-in policy, which may require a second step of admins, co-founders and mandate holders.
 * Membership's services ask here before they change or show any of it.
 */
@Component
class HouseRights {

    private final JdbcClient jdbc;
    private final EntityManager entities;

    HouseRights(JdbcClient jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    boolean isCofounder(long personId) {
        return holds(personId, Role.COFOUNDER);
    }

    void requireCofounder(long personId) {
        if (!isCofounder(personId)) {
            throw new MembershipAccessDeniedException("Person " + personId + " is not a co-founder");
        }
    }

    void requireAdmin(long personId) {
        if (!holds(personId, Role.ADMIN)) {
            throw new MembershipAccessDeniedException("Person " + personId + " is not an admin");
        }
    }

    /**
     * Admins and co-founders decide for the house: the two-step policy may require their second step, and they read the
     * whole audit trail.
     */
    boolean decides(long personId) {
        return holds(personId, Role.ADMIN, Role.COFOUNDER);
    }

    private boolean holds(long personId, Role... roles) {
        // accounts and roles are written through JPA: a transaction that just wrote them reads them here too
        if (TransactionSynchronizationManager.isActualTransactionActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entities.flush();
        }
        return jdbc.sql("""
                SELECT exists (SELECT 1 FROM membership.account_role a JOIN membership.user_account u
                                   ON u.person_id = a.person_id
                                WHERE a.person_id = :person AND a.role IN (:roles) AND u.enabled)""")
            .param("person", personId).param("roles", Arrays.stream(roles).map(Role::name).toList())
            .query(Boolean.class).single();
    }
}
