package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class OrganisationsIT {

    @Autowired Organisations organisations;
    @Autowired People people;

    @Test
    void aPersonIsLinkedToTheirOrganisationsOnly() {
        OrganisationRef vestali = organisations.register("Vestali " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
        OrganisationRef cousalis = organisations.register("Les Cousalis " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.SECOND);
        PersonRef amina = people.register("Amina Saïdi", "amina-" + UUID.randomUUID() + "@example.org", Language.FR);

        organisations.link(vestali.id(), amina.id(), OrganisationRole.CONTACT);
        organisations.link(vestali.id(), amina.id(), OrganisationRole.LEGAL_REPRESENTATIVE);

        assertThat(organisations.ofPerson(amina.id())).containsExactly(vestali);
        assertThat(organisations.isLinked(amina.id(), vestali.id())).isTrue();
        assertThat(organisations.isLinked(amina.id(), cousalis.id())).isFalse();
        assertThat(organisations.findAll(List.of(vestali.id(), cousalis.id()))).containsOnlyKeys(vestali.id(), cousalis.id());
        assertThat(people.findByEmail(amina.email().toUpperCase())).contains(amina);
    }

    @Test
    void onlyMembersAndThoseToReSignUseTheHouse() {
        String suffix = UUID.randomUUID().toString();
        OrganisationRef member = organisations.register("A membre " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        OrganisationRef resign = organisations.register("B re-signature " + suffix, OrganisationStatus.RESIGNATURE_DUE, Circle.SECOND);
        OrganisationRef suspended = organisations.register("C suspendue " + suffix, OrganisationStatus.SUSPENDED, Circle.SECOND);
        OrganisationRef applicant = organisations.register("D candidate " + suffix, OrganisationStatus.APPLICANT, Circle.HOSTED);

        assertThat(organisations.members()).contains(member, resign).doesNotContain(suspended, applicant);
    }
}
