package coop.toitcommun.membership;

import java.util.ArrayList;
import java.util.List;

/**
 * An application to join: the organisation's card, its representative, the circle asked for (with a sponsoring
 * member organisation for the second circle) and the representative's signature of the current charter.
 */
public record JoinRequest(OrganisationDetails organisation, String representativeName, String representativeEmail,
                          String representativePhone, Language language, Circle circle, Long sponsorId,
                          Signature signature) {

    /**
     * What the house refuses in this application, all at once, each a reason a form can show next to its field: the
     * card's ({@link OrganisationDetails#problems()}), the sponsor the second circle needs ({@code sponsorMissing}) and
     * the signature's ({@link Signature#problems()}).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(organisation.problems());
        if (circle == Circle.SECOND && sponsorId == null) {
            problems.add("sponsorMissing");
        }
        problems.addAll(signature.problems());
        return problems;
    }
}
