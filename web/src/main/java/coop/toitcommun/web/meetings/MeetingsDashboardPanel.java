package coop.toitcommun.web.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.GovernanceCalendar;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingKind;
import coop.toitcommun.governance.MeetingRule;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.Minutes;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Board members see the meetings they prepare and when the convocation must be sent; everyone sees the
 * meetings they are convened to, the items they proposed and the latest published minutes.
 */
@Component
class MeetingsDashboardPanel implements DashboardPanel {

    private static final int PUBLISHED = 5;

    private final Meetings meetings;
    private final Convocations convocations;
    private final Agendas agendas;
    private final MinutesBook minutes;
    private final Entities entities;
    private final GovernanceCalendar calendar;

    MeetingsDashboardPanel(Meetings meetings, Convocations convocations, Agendas agendas, MinutesBook minutes, Entities entities,
                           GovernanceCalendar calendar) {
        this.meetings = meetings;
        this.convocations = convocations;
        this.agendas = agendas;
        this.minutes = minutes;
        this.entities = entities;
        this.calendar = calendar;
    }

    /** A meeting to prepare and its convocation deadline. */
    record ToPrepare(Meeting meeting, boolean convened, LocalDate sendBy, boolean late) {
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        LocalDate today = calendar.today();
        List<Meeting> toPrepare = meetings.toPrepare(person.getPersonId()).stream()
            .filter(m -> !m.start().toLocalDate().isBefore(today)).toList();
        Set<Long> convened = convocations.convened(toPrepare.stream().map(Meeting::id).toList());
        Map<Long, Map<MeetingKind, MeetingRule>> rules = new HashMap<>();
        model.addAttribute("meetingsToPrepare", toPrepare.stream().map(m -> {
            int notice = rules.computeIfAbsent(m.entityId(), entities::meetingRules).get(m.type().rulesKind()).noticeDays();
            LocalDate sendBy = m.start().toLocalDate().minusDays(notice);
            return new ToPrepare(m, convened.contains(m.id()), sendBy, sendBy.isBefore(today));
        }).toList());
        model.addAttribute("meetingsConvened", meetings.convenedTo(person.getPersonId()));
        model.addAttribute("meetingsProposals", agendas.proposalsBy(person.getPersonId()).stream().limit(PUBLISHED).toList());
        List<Minutes> published = minutes.latestSigned(PUBLISHED);
        Map<Long, String> titles = new HashMap<>();
        meetings.findAll(published.stream().map(Minutes::meetingId).toList()).forEach((id, m) -> titles.put(id, m.title()));
        model.addAttribute("meetingsPublished", published);
        model.addAttribute("meetingTitles", titles);
    }
}
