package coop.toitcommun.membership.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query(value = """
        select o.* from membership.organisation o
          join membership.organisation_person op on op.organisation_id = o.id
         where op.person_id = :personId
         order by o.name""", nativeQuery = true)
    List<Organisation> findByPerson(long personId);

    @Query(value = """
        select exists (select 1 from membership.organisation_person
                        where person_id = :personId and organisation_id = :organisationId)""", nativeQuery = true)
    boolean isLinked(long personId, long organisationId);

    Optional<Organisation> findByNameIgnoreCase(String name);
}
