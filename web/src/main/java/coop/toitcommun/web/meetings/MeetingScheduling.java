package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a meeting and books its room in one transaction, through each module's API (governance never knows
 * the venue). When the room is taken or the booking refused, the exception leaves this method and nothing is
 * saved: neither the meeting nor a booking.
 */
@Service
class MeetingScheduling {

    private final Meetings meetings;
    private final Bookings bookings;

    MeetingScheduling(Meetings meetings, Bookings bookings) {
        this.meetings = meetings;
        this.bookings = bookings;
    }

    @Transactional
    Meeting plan(long personId, NewMeeting meeting, Actor actor, Long roomId, Long organisationId, int attendees) {
        Meeting planned = meetings.create(personId, meeting);
        if (roomId != null) {
            BookingView booking = bookings.bookForMeeting(new BookingRequest(actor, roomId, organisationId, planned.start(), planned.end(),
                planned.title(), attendees, true, ""));
            meetings.attachRoom(planned.id(), booking.id(), booking.roomName());
            return meetings.get(planned.id());
        }
        return planned;
    }
}
