package coop.toitcommun.web.security;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.membership.Role;
import coop.toitcommun.membership.TwoStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The house's policy applied to a person: when an admin made the second step mandatory, it is so for admins,
 * co-founders and holders of a current mandate, who approve members, sign minutes and move capital. Membership
 * keeps the policy and the roles, governance says who holds a mandate; the web module asks both, so that
 * membership does not depend on governance. A person who must and has not yet enrolled is led to the enrolment
 * right after signing in and can do nothing else until then ({@link EnrolmentGateFilter}).
 */
@Component
public class TwoStepObligation {

    private static final String MUST_ENROL = TwoStepObligation.class.getName() + ".MUST_ENROL";

    private final TwoStep twoStep;
    private final Mandates mandates;
    private final HouseClock calendar;

    TwoStepObligation(TwoStep twoStep, Mandates mandates, HouseClock calendar) {
        this.twoStep = twoStep;
        this.mandates = mandates;
        this.calendar = calendar;
    }

    /** Whether this person must sign in in two steps (and so may not turn it off). */
    public boolean applies(SignedInPerson person) {
        return twoStep.isRequired()
            && (person.has(Role.ADMIN) || person.has(Role.COFOUNDER)
                || !mandates.bodiesHeldBy(person.getPersonId(), calendar.today()).isEmpty());
    }

    /** At sign-in: marks the session of a person who must enrol first; says whether they must. */
    boolean holdForEnrolment(SignedInPerson person, HttpServletRequest request) {
        boolean must = applies(person) && !twoStep.isEnabled(person.getPersonId());
        if (must) {
            request.getSession().setAttribute(MUST_ENROL, Boolean.TRUE);
        }
        return must;
    }

    static boolean heldForEnrolment(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(MUST_ENROL) != null;
    }

    /** The person has enrolled: the rest of the application opens. */
    public static void release(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_ENROL);
        }
    }
}
