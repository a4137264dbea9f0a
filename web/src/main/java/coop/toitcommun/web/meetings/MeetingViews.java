package coop.toitcommun.web.meetings;

import java.util.List;
import java.util.Map;

import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingPapers;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every meeting page shows in its header: the meeting, its entity and body, chair, secretary, and the person's rights. */
@Component
class MeetingViews {

    private final Meetings meetings;
    private final Entities entities;
    private final MinutesBook minutes;
    private final People people;
    private final HouseTime times;
    private final Agendas agendas;

    MeetingViews(Meetings meetings, Entities entities, MinutesBook minutes, People people, HouseTime times, Agendas agendas) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.entities = entities;
        this.minutes = minutes;
        this.people = people;
        this.times = times;
    }

    /** Adds the meeting header to the model; the person must be allowed to see the meeting. */
    Meeting header(Model model, SignedInPerson person, long meetingId) {
        Meeting meeting = visible(person, meetingId);
        fill(model, person, meeting);
        return meeting;
    }

    /** The header and the agenda's items: the officers' names are read with the presenters'. */
    Meeting headerAndItems(Model model, SignedInPerson person, long meetingId) {
        Meeting meeting = visible(person, meetingId);
        model.addAttribute("items", agendas.items(meeting));
        fill(model, person, meeting);
        return meeting;
    }

    private Meeting visible(SignedInPerson person, long meetingId) {
        return meetings.seenBy(person.getPersonId(), meetingId);
    }

    private void fill(Model model, SignedInPerson person, Meeting meeting) {
        Body body = entities.body(meeting.bodyId()).orElseThrow();
        Map<Long, PersonRef> officers = people.findAll(List.of(meeting.chairId(), meeting.secretaryId()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("times", times);
        model.addAttribute("body", body);
        model.addAttribute("entity", entities.get(meeting.entityId()));
        model.addAttribute("rule", meetings.rule(meeting));
        model.addAttribute("chairName", officers.get(meeting.chairId()).displayName());
        model.addAttribute("secretaryName", officers.get(meeting.secretaryId()).displayName());
        model.addAttribute("mayPrepare", meetings.mayPrepare(person.getPersonId(), meeting));
        MeetingPapers papers = minutes.papers(meeting.id());
        model.addAttribute("convocation", papers.convocation().orElse(null));
        model.addAttribute("minutes", papers.minutes().orElse(null));
    }

    /** The header for pages of those who prepare the meeting only (403 otherwise). */
    Meeting preparerHeader(Model model, SignedInPerson person, long meetingId) {
        meetings.preparedBy(person.getPersonId(), meetingId);
        return header(model, person, meetingId);
    }
}
