package coop.toitcommun.web.volunteering;

import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.membership.RoleHolders;
import coop.toitcommun.venue.volunteering.ShiftCancelled;
import coop.toitcommun.venue.volunteering.ShiftNeedsPeople;
import coop.toitcommun.venue.volunteering.VolunteerOverloaded;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a volunteer, and the coordinators, that they crossed the house's overload thresholds; tells the people signed
 * up on a cancelled shift, and those who did a mission before that one of its shifts still needs people. Stored in the outbox with the decision, each in its recipient's language.
 */
@Component
class VolunteeringMails {

    private final Mails mails;
    private final WebSettings settings;

    VolunteeringMails(Mails mails, WebSettings settings) {
        this.mails = mails;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(VolunteerOverloaded overloaded) {
        double hours = overloaded.minutes4() / 60.0;
        int weekly = overloaded.settings().weeklyHours();
        int share = overloaded.settings().sharePercent();
        mails.send(overloaded.email(), mails.languageOf(overloaded.personId()), "mail.volunteering.overloaded",
            overloaded.name(), hours, weekly, share, settings.link("/volunteering/hours"));
        for (RoleHolders.Holder coordinator : overloaded.coordinators()) {
            mails.send(coordinator.email(), coordinator.language(), "mail.volunteering.overloadedCoordinator",
                coordinator.displayName(), overloaded.name(), hours, weekly, share, settings.link("/volunteering/load"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ShiftCancelled cancelled) {
        for (PersonRef person : cancelled.signedUp()) {
            Language language = mails.languageOf(person.id());
            mails.send(person.email(), language, "mail.volunteering.shiftCancelled", person.displayName(),
                cancelled.shift().missionName(), mails.dateTime(cancelled.shift().start(), language),
                settings.link("/volunteering"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ShiftNeedsPeople needed) {
        for (PersonRef person : needed.volunteers()) {
            Language language = mails.languageOf(person.id());
            mails.send(person.email(), language, "mail.volunteering.shiftNeedsPeople", person.displayName(),
                needed.shift().missionName(), mails.dateTime(needed.shift().start(), language), needed.shift().free(),
                settings.link("/volunteering/shifts/" + needed.shift().id()));
        }
    }
}
