package coop.toitcommun.web.security;

import coop.toitcommun.membership.TwoStep;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

/**
 * The house's policy applied to a session: when an admin made the second step mandatory, it is so for admins,
 * co-founders and holders of a current mandate, who approve members, sign minutes and move capital (membership's
 * {@link TwoStep#requiredOf}, asking governance who holds a mandate). A person who must and has not yet enrolled is led
 * to the enrolment right after signing in and can do nothing else until then ({@link EnrolmentGateFilter}).
 */
@Component
public class TwoStepObligation {

    private static final String MUST_ENROL = TwoStepObligation.class.getName() + ".MUST_ENROL";

    private final TwoStep twoStep;

    TwoStepObligation(TwoStep twoStep) {
        this.twoStep = twoStep;
    }

    /** At sign-in: marks the session of a person who must enrol first; says whether they must. */
    boolean holdForEnrolment(SignedInPerson person, HttpServletRequest request) {
        boolean must = twoStep.requiredOf(person.getPersonId()) && !twoStep.isEnabled(person.getPersonId());
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
