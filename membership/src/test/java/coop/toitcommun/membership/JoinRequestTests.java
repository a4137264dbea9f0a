package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the house refuses in an application is said all at once, so that a form can show every problem together. */
class JoinRequestTests {

    @Test
    void everyProblemOfAnApplicationIsNamedAtOnce() {
        OrganisationDetails card = new OrganisationDetails(" ", LegalForm.ASSOCIATION, EssStatus.ESUS_APPROVED, null,
            "123 456 789 00010", null, null, null, null, null, null, false, false);
        JoinRequest request = new JoinRequest(card, "Camille", "camille@example.org", null, Language.FR, Circle.SECOND,
            null, new Signature("", false));

        assertThat(request.problems()).containsExactly("nameMissing", "siretInvalid", "esusDateMissing", "sponsorMissing",
            "typedNameMissing", "commitmentMissing");
    }

    @Test
    void aCompleteApplicationHasNone() {
        JoinRequest request = new JoinRequest(DoorFixtures.details("Les Ateliers", "73282932000074"), "Camille",
            "camille@example.org", null, Language.FR, Circle.SECOND, 1L, new Signature("Camille Martin", true));

        assertThat(request.problems()).isEmpty();
    }
}
