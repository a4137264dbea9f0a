package coop.toitcommun.membership.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query(value = """
        select exists (select 1 from membership.organisation_person
                        where person_id = :personId and organisation_id = :organisationId)""", nativeQuery = true)
    boolean isLinked(long personId, long organisationId);

    Optional<Organisation> findByNameIgnoreCase(String name);
}
