package coop.toitcommun.web.meetings;

import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.BookingRequest;
import coop.toitcommun.venue.BookingView;
import coop.toitcommun.venue.Bookings;
import coop.toitcommun.membership.Language;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.mail.Mails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting and its room together, in one transaction, through each module's API (governance never knows the
 * venue): planning books the room (when it is taken or refused, nothing is saved, neither the meeting nor a
 * booking); cancelling releases it and tells those convened by email (stored in the outbox in the same
 * transaction). The booking is held by the meeting: the venue refuses to cancel or move it alone.
 */
@Service
class MeetingScheduling {

    private final Meetings meetings;
    private final Bookings bookings;
    private final Convocations convocations;
    private final Mails mails;
    private final WebSettings web;

    MeetingScheduling(Meetings meetings, Bookings bookings, Convocations convocations, Mails mails, WebSettings web) {
        this.meetings = meetings;
        this.bookings = bookings;
        this.convocations = convocations;
        this.mails = mails;
        this.web = web;
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

    /** @throws coop.toitcommun.governance.MeetingException when the meeting cannot be cancelled (nothing changes) */
    @Transactional
    Meeting cancel(long personId, long meetingId, String reason, Actor actor) {
        Meeting cancelled = meetings.cancel(personId, meetingId, reason);
        if (cancelled.bookingId() != null) {
            bookings.releaseForMeeting(actor, cancelled.bookingId(), cancelled.cancelReason());
        }
        for (Convocation.Recipient recipient : convocations.find(meetingId).map(Convocation::recipients).orElse(java.util.List.of())) {
            Language language = mails.languageOf(recipient.email());
            mails.send(recipient.email(), language, "meetings.mail.cancelled", cancelled.title(),
                mails.dateTime(cancelled.start(), language), cancelled.cancelReason(), web.link("/meetings/" + meetingId));
        }
        return cancelled;
    }
}
