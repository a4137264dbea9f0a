package coop.toitcommun.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes organisation cards; statuses go through {@link StatusChanges} so that their history is kept. */
@Component
class OrganisationCards {

    private final JdbcClient jdbc;
    private final StatusChanges statuses;

    OrganisationCards(JdbcClient jdbc, StatusChanges statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    long insert(OrganisationDetails details, OrganisationStatus status, Circle circle, Instant at) {
        details.check();
        long id = bind(jdbc.sql("""
                INSERT INTO membership.organisation (name, status, circle, created_at, legal_form, ess_status,
                       esus_approved_on, siret, address, postcode, commune, epci_id, website, description, in_directory,
                       in_network)
                VALUES (:name, :status, :circle, :at, :legalForm, :essStatus, :esusApprovedOn, :siret, :address,
                        :postcode, :commune, :epci, :website, :description, :inDirectory, :inNetwork)
                RETURNING id"""), details)
            .param("status", status.name()).param("circle", circle.name()).param("at", Timestamp.from(at))
            .query(Long.class).single();
        statuses.recordHistory(id, status, at);
        return id;
    }

    void update(long organisationId, long version, OrganisationDetails details) {
        details.check();
        int updated = bind(jdbc.sql("""
                UPDATE membership.organisation SET name = :name, legal_form = :legalForm, ess_status = :essStatus,
                       esus_approved_on = :esusApprovedOn, siret = :siret, address = :address, postcode = :postcode,
                       commune = :commune, epci_id = :epci, website = :website, description = :description,
                       in_directory = :inDirectory, in_network = :inNetwork, version = version + 1
                 WHERE id = :id AND version = :version"""), details)
            .param("id", organisationId).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("organisation " + organisationId + " changed since version " + version);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OrganisationDetails d) {
        return statement.param("name", d.name().trim())
            .param("legalForm", (d.legalForm() == null ? LegalForm.OTHER : d.legalForm()).name())
            .param("essStatus", (d.essStatus() == null ? EssStatus.ESS_BY_LEGAL_FORM : d.essStatus()).name())
            .param("esusApprovedOn", d.essStatus() == EssStatus.ESUS_APPROVED && d.esusApprovedOn() != null
                ? Date.valueOf(d.esusApprovedOn()) : null, java.sql.Types.DATE)
            .param("siret", d.normalisedSiret())
            .param("address", OrganisationDetails.blankToNull(d.address()))
            .param("postcode", OrganisationDetails.blankToNull(d.postcode()))
            .param("commune", OrganisationDetails.blankToNull(d.commune()))
            .param("epci", d.epciId(), java.sql.Types.BIGINT)
            .param("website", OrganisationDetails.blankToNull(d.website()))
            .param("description", OrganisationDetails.blankToNull(d.description()))
            .param("inDirectory", d.inDirectory())
            .param("inNetwork", d.inNetwork());
    }
}
