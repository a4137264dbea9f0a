package coop.toitcommun.web.meetings;

import java.time.LocalDate;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.governance.PersonMeetings;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Board members see the meetings they prepare and when the convocation must be sent; everyone sees the
 * meetings they are convened to, the items they proposed and the latest published minutes. Three statements.
 */
@Component
class MeetingsDashboardPanel implements DashboardPanel {

    private static final int PUBLISHED = 5;

    private final Meetings meetings;
    private final Agendas agendas;
    private final MinutesBook minutes;
    private final HouseClock calendar;

    MeetingsDashboardPanel(Meetings meetings, Agendas agendas, MinutesBook minutes, HouseClock calendar) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.calendar = calendar;
    }

    /** A meeting to prepare and its convocation deadline. */
    record ToPrepare(Meeting meeting, boolean convened, LocalDate sendBy, boolean late) {
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        LocalDate today = calendar.today();
        PersonMeetings mine = meetings.of(person.getPersonId());
        model.addAttribute("meetingsToPrepare", mine.toPrepare().stream()
            .filter(m -> !m.meeting().start().toLocalDate().isBefore(today))
            .map(m -> {
                LocalDate sendBy = m.meeting().start().toLocalDate().minusDays(m.noticeDays());
                return new ToPrepare(m.meeting(), m.convened(), sendBy, sendBy.isBefore(today));
            }).toList());
        model.addAttribute("meetingsConvened", mine.convenedTo());
        model.addAttribute("meetingsProposals", agendas.proposalsBy(person.getPersonId()).stream().limit(PUBLISHED).toList());
        model.addAttribute("meetingsPublished", minutes.latestPublished(PUBLISHED));
    }
}
