package coop.toitcommun.web.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import coop.toitcommun.governance.AgendaItem;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.Ballot;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Deliberations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.MinutesBook;
import coop.toitcommun.governance.Participant;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Everything recorded about a meeting, as the variables of its templates (convocation PDF, session page,
 * minutes page and PDF): a bounded number of queries whatever the number of items or participants.
 */
@Component
class MeetingRecord {

    private final Meetings meetings;
    private final Entities entities;
    private final Agendas agendas;
    private final Deliberations deliberations;
    private final Convocations convocations;
    private final MinutesBook minutes;
    private final People people;
    private final HouseTime times;

    MeetingRecord(Meetings meetings, Entities entities, Agendas agendas, Deliberations deliberations, Convocations convocations,
                  MinutesBook minutes, People people, HouseTime times) {
        this.meetings = meetings;
        this.entities = entities;
        this.agendas = agendas;
        this.deliberations = deliberations;
        this.convocations = convocations;
        this.minutes = minutes;
        this.people = people;
        this.times = times;
    }

    Map<String, Object> of(Meeting meeting) {
        Map<String, Object> variables = new HashMap<>();
        Body body = entities.body(meeting.bodyId()).orElseThrow();
        Map<Long, PersonRef> officers = people.findAll(List.of(meeting.chairId(), meeting.secretaryId()));
        List<AgendaItem> items = agendas.items(meeting.id());
        List<Participant> participants = deliberations.participants(meeting.id());
        List<Ballot> ballots = deliberations.ballots(meeting, participants);
        Map<Long, String> names = new HashMap<>();
        participants.forEach(p -> names.put(p.id(), p.name()));
        variables.put("meeting", meeting);
        variables.put("times", times);
        variables.put("body", body);
        variables.put("entity", entities.get(meeting.entityId()));
        variables.put("rule", meetings.rule(meeting));
        variables.put("chairName", officers.get(meeting.chairId()).displayName());
        variables.put("secretaryName", officers.get(meeting.secretaryId()).displayName());
        variables.put("items", items);
        variables.put("plannedTotal", items.stream().mapToInt(AgendaItem::plannedMinutes).sum());
        variables.put("participants", participants);
        variables.put("participantNames", names);
        variables.put("ballots", ballots);
        variables.put("withColleges", !(ballots.size() == 1 && ballots.get(0).college().isEmpty()));
        variables.put("quorum", deliberations.quorum(meeting, participants));
        variables.put("outcomes", deliberations.outcomes(meeting));
        variables.put("convocation", convocations.find(meeting.id()).orElse(null));
        variables.put("minutes", minutes.find(meeting.id()).orElse(null));
        variables.put("errata", minutes.errata(meeting.id()));
        variables.put("maxProxies", entities.get(meeting.entityId()).maxProxies());
        return variables;
    }
}
