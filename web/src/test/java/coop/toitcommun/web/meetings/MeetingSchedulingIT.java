package coop.toitcommun.web.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of planning that need both governance and the venue live in the orchestration, not in a controller:
 * each refusal names the field to mark, and nothing is saved.
 */
@WebIntegrationTest
class MeetingSchedulingIT {

    private static final String BOARD_MEMBER = "membre@demo.toitcommun.coop";
    private static final String CHAIR = "cofondatrice@demo.toitcommun.coop";

    @Autowired MeetingScheduling scheduling;
    @Autowired Meetings meetings;
    @Autowired Entities entities;
    @Autowired HouseClock calendar;
    @Autowired DemoPeople demo;

    @Test
    void eachRuleOfPlanningRefusesWithItsFieldAndSavesNothing() {
        Body board = entities.bodies(entities.findByName("SCIC Le Toit Commun").orElseThrow().id()).stream()
            .filter(b -> b.kind() == BodyKind.BOARD).findFirst().orElseThrow();
        int before = meetings.ofBody(board.id()).size();
        LocalDateTime future = calendar.today().plusDays(60).atTime(18, 0);
        LocalDateTime past = calendar.today().minusDays(1).atTime(18, 0);

        assertThat(refusals(board, past, MeetingFormat.IN_PERSON, "ADDRESS", "Lens", null, null, null))
            .containsExactly("date:meetings.plan.error.past");
        assertThat(refusals(board, future, MeetingFormat.IN_PERSON, "ROOM", null, null, null, null))
            .containsExactly("roomId:meetings.plan.error.room", "organisationId:meetings.plan.error.organisation");
        assertThat(refusals(board, future, MeetingFormat.IN_PERSON, "ADDRESS", " ", null, null, null))
            .containsExactly("address:meetings.plan.error.address");
        assertThat(refusals(board, future, MeetingFormat.IN_PERSON, "NONE", null, null, null, null))
            .containsExactly("place:meetings.plan.error.place");
        assertThat(refusals(board, future, MeetingFormat.VIDEO, "NONE", null, null, null, null))
            .containsExactly("videoLink:meetings.plan.error.videoLink");
        assertThat(refusals(board, future, MeetingFormat.WRITTEN_CONSULTATION, "NONE", null, null, null, null))
            .containsExactly("answersDate:meetings.plan.error.answers");
        assertThat(meetings.ofBody(board.id())).as("nothing saved").hasSize(before);
    }

    private List<String> refusals(Body body, LocalDateTime start, MeetingFormat format, String place, String address,
                                  String videoLink, Long roomId, Long organisationId) {
        long nadia = demo.id(BOARD_MEMBER);
        NewMeeting meeting = new NewMeeting(body.id(), MeetingType.BOARD, null, "Conseil", start, 60, format, address, videoLink,
            null, demo.id(CHAIR), nadia);
        List<String> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> scheduling.plan(nadia, meeting, new MeetingPlace(place, roomId, organisationId, 6), new Actor(nadia, false)))
            .isInstanceOfSatisfying(PlanRefusedException.class, e -> e.problems()
                .forEach(problem -> problems.add(problem.field() + ":" + problem.messageKey())));
        return problems;
    }
}
