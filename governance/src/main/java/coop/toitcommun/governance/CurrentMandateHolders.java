package coop.toitcommun.governance;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.MandateHolders;
import org.springframework.stereotype.Component;

/** Governance's answer to membership: who holds a mandate today (two-step sign-in may be required of them). */
@Component
class CurrentMandateHolders implements MandateHolders {

    private final Mandates mandates;
    private final HouseClock calendar;

    CurrentMandateHolders(Mandates mandates, HouseClock calendar) {
        this.mandates = mandates;
        this.calendar = calendar;
    }

    @Override
    public boolean holdsAMandateToday(long personId) {
        return !mandates.bodiesHeldBy(personId, calendar.today()).isEmpty();
    }
}
