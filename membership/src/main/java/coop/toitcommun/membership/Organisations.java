package coop.toitcommun.membership;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import coop.toitcommun.membership.organisation.Organisation;
import coop.toitcommun.membership.organisation.OrganisationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Member organisations as the other modules see them, and who belongs to which. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;
    private final Clock clock;

    Organisations(OrganisationRepository organisations, JdbcClient jdbc, Clock clock) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<OrganisationRef> find(long organisationId) {
        return organisations.findById(organisationId).map(Organisations::refOf);
    }

    /** Several at once, for pages that list many: one query whatever the number. */
    public Map<Long, OrganisationRef> findAll(Collection<Long> organisationIds) {
        return organisations.findAllById(organisationIds).stream().map(Organisations::refOf)
            .collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
    }

    public Optional<OrganisationRef> findByName(String name) {
        return organisations.findByNameIgnoreCase(name).map(Organisations::refOf);
    }

    /** The organisations a person is linked to, whatever their role there, by name. */
    public List<OrganisationRef> ofPerson(long personId) {
        return organisations.findByPerson(personId).stream().map(Organisations::refOf).toList();
    }

    /** Whether the person is linked to the organisation: the test for acting on its behalf. */
    public boolean isLinked(long personId, long organisationId) {
        return organisations.isLinked(personId, organisationId);
    }

    /** Organisations that use the house (members, including those whose re-signature is due), by name. */
    public List<OrganisationRef> members() {
        return organisations.findAll().stream().filter(o -> o.getStatus().usesTheHouse())
            .map(Organisations::refOf).sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** Registers an organisation directly: for demo data and tests; people apply through the charter workflow. */
    @Transactional
    public OrganisationRef register(String name, OrganisationStatus status, Circle circle) {
        return refOf(organisations.save(new Organisation(name.trim(), status, circle, clock.instant())));
    }

    @Transactional
    public void link(long organisationId, long personId, OrganisationRole role) {
        jdbc.sql("""
                INSERT INTO membership.organisation_person (organisation_id, person_id, role)
                VALUES (:organisation, :person, :role)
                ON CONFLICT (organisation_id, person_id) DO UPDATE SET role = excluded.role""")
            .param("organisation", organisationId).param("person", personId).param("role", role.name())
            .update();
    }

    static OrganisationRef refOf(Organisation organisation) {
        return new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getStatus(),
            organisation.getCircle());
    }
}
