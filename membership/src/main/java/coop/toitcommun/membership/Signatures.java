package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores signatures of the current charter: version, signer, typed name, time and SHA-256 of the signed text. */
@Component
class Signatures {

    private final JdbcClient jdbc;
    private final CharterTexts charter;
    private final Clock clock;

    Signatures(JdbcClient jdbc, CharterTexts charter, Clock clock) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.clock = clock;
    }

    long sign(long organisationId, long signerId, Signature signature) {
        MembershipRuleException.refuseFirst(signature.problems());
        CharterVersion version = charter.current().orElseThrow(() -> new MembershipRuleException("noCharter"));
        return jdbc.sql("""
                INSERT INTO membership.charter_signature
                       (organisation_id, charter_version_id, signer_id, typed_name, signed_at, text_sha256)
                VALUES (:organisation, :version, :signer, :typedName, :at, :sha)
                RETURNING id""")
            .param("organisation", organisationId).param("version", version.id()).param("signer", signerId)
            .param("typedName", signature.typedName().trim()).param("at", Timestamp.from(clock.instant()))
            .param("sha", version.sha256()).query(Long.class).single();
    }
}
