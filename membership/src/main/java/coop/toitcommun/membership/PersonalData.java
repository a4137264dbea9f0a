package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (RGPD): download it, and erase it. Erasure anonymises the person; their
 * signatures and the audit log stay as they were, since they prove decisions taken by the house.
 */
@Service
@Transactional
public class PersonalData {

    /** The name that replaces an erased person's everywhere it is shown. */
    public static final String ERASED_NAME = "Personne effacée";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PersonalData(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PersonalDataExport export(long personId) {
        PersonalDataExport.Person person = jdbc.sql("""
                SELECT id, display_name, email, phone, preferred_language, created_at FROM membership.person WHERE id = :id""")
            .param("id", personId)
            .query((rs, n) -> new PersonalDataExport.Person(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
            .single();
        var links = jdbc.sql("""
                SELECT o.name, op.role, op.shared_with_members FROM membership.organisation_person op
                  JOIN membership.organisation o ON o.id = op.organisation_id WHERE op.person_id = :id ORDER BY o.name""")
            .param("id", personId)
            .query((rs, n) -> new PersonalDataExport.Link(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        var signatures = jdbc.sql("""
                SELECT o.name, v.number, s.typed_name, s.signed_at, s.text_sha256 FROM membership.charter_signature s
                  JOIN membership.organisation o ON o.id = s.organisation_id
                  JOIN membership.charter_version v ON v.id = s.charter_version_id
                 WHERE s.signer_id = :id ORDER BY s.signed_at""")
            .param("id", personId)
            .query((rs, n) -> new PersonalDataExport.SignatureRecord(rs.getString(1), rs.getInt(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
        var roles = jdbc.sql("SELECT role FROM membership.account_role WHERE person_id = :id ORDER BY role")
            .param("id", personId).query(String.class).list();
        return new PersonalDataExport(clock.instant(), person, links, signatures, roles);
    }

    /**
     * Anonymises the person: name, address, phone go; the account is closed and its links expire; their links
     * to organisations end. Signatures and audit entries keep pointing at the (now anonymous) person.
     */
    public void erase(long personId) {
        Instant now = clock.instant();
        int erased = jdbc.sql("""
                UPDATE membership.person SET display_name = :name, email = 'erased-' || id || '@erased.invalid',
                       phone = NULL, kinds = '', erased_at = :at, version = version + 1
                 WHERE id = :id AND erased_at IS NULL""")
            .param("name", ERASED_NAME).param("at", Timestamp.from(now)).param("id", personId).update();
        if (erased == 0) {
            return;
        }
        jdbc.sql("UPDATE membership.user_account SET enabled = false, password_hash = NULL, version = version + 1 WHERE person_id = :id")
            .param("id", personId).update();
        jdbc.sql("UPDATE membership.account_token SET used_at = :at WHERE person_id = :id AND used_at IS NULL")
            .param("at", Timestamp.from(now)).param("id", personId).update();
        jdbc.sql("DELETE FROM membership.organisation_person WHERE person_id = :id").param("id", personId).update();
        audit.record(personId, "PERSON_ERASED", null, null);
    }
}
