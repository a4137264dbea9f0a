package coop.toitcommun.web.meetings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingFormat;
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
 * booking); moving moves the booking with it (to another room when one is chosen instead of a taken one; when
 * the room is taken or refused, nothing moves); cancelling releases it. Those already convened are told of a move
 * or a cancellation by email (stored in the outbox in the same transaction). The booking is held by the meeting:
 * the venue refuses to cancel or move it alone.
 */
@Service
class MeetingScheduling {

    private final Meetings meetings;
    private final Bookings bookings;
    private final Convocations convocations;
    private final Mails mails;
    private final WebSettings web;
    private final HouseClock calendar;
    private final Clock clock;

    MeetingScheduling(Meetings meetings, Bookings bookings, Convocations convocations, Mails mails, WebSettings web,
                      HouseClock calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
        this.meetings = meetings;
        this.bookings = bookings;
        this.convocations = convocations;
        this.mails = mails;
        this.web = web;
    }

    /**
     * Plans a meeting in its place, booking the room when it is one of the house's.
     *
     * @throws PlanRefusedException when the plan breaks the rules of planning (a future date; a room needs a room and
     *     an organisation, an address an address, a meeting in person a place)
     */
    @Transactional
    Meeting plan(long personId, NewMeeting meeting, MeetingPlace place, Actor actor) {
        requirePlannable(meeting, place);
        Meeting planned = meetings.create(personId, meeting);
        if (place.inRoom()) {
            BookingView booking = bookings.bookForMeeting(new BookingRequest(actor, place.roomId(), place.organisationId(),
                planned.start(), planned.end(), planned.title(), place.attendees(), true, ""));
            meetings.attachRoom(planned.id(), booking.id(), booking.roomName());
            return meetings.get(planned.id());
        }
        return planned;
    }

    /**
     * Moves the meeting and its room. {@code roomId} is another room chosen instead of a taken one (null: the same).
     *
     * @throws coop.toitcommun.governance.MeetingException when the meeting cannot be moved there (nothing changes)
     * @throws coop.toitcommun.venue.BookingConflictException when its room is taken then, with the free rooms
     * @throws coop.toitcommun.venue.BookingRefusedException when the venue's rules refuse the new time
     */
    @Transactional
    Meeting move(long personId, long meetingId, LocalDateTime start, int durationMinutes, Long roomId, Actor actor) {
        Meeting before = meetings.get(meetingId);
        Meeting moved = meetings.move(personId, meetingId, start, durationMinutes);
        if (moved.bookingId() != null) {
            BookingView booking = bookings.moveForMeeting(actor, moved.bookingId(), roomId, moved.start(), moved.end());
            meetings.attachRoom(moved.id(), booking.id(), booking.roomName());
            moved = meetings.get(meetingId);
        }
        for (Convocation.Recipient recipient : convened(meetingId)) {
            Language language = mails.languageOf(recipient.email());
            String from = mails.dateTime(before.start(), language);
            String to = mails.dateTime(moved.start(), language);
            String page = web.link("/meetings/" + meetingId);
            if (moved.roomName() == null) {
                mails.send(recipient.email(), language, "meetings.mail.moved", moved.title(), from, to, page);
            } else {
                mails.send(recipient.email(), language, "meetings.mail.movedRoom", moved.title(), from, to, moved.roomName(), page);
            }
        }
        return moved;
    }

    /** @throws coop.toitcommun.governance.MeetingException when the meeting cannot be cancelled (nothing changes) */
    @Transactional
    Meeting cancel(long personId, long meetingId, String reason, Actor actor) {
        Meeting cancelled = meetings.cancel(personId, meetingId, reason);
        if (cancelled.bookingId() != null) {
            bookings.releaseForMeeting(actor, cancelled.bookingId(), cancelled.cancelReason());
        }
        for (Convocation.Recipient recipient : convened(meetingId)) {
            Language language = mails.languageOf(recipient.email());
            mails.send(recipient.email(), language, "meetings.mail.cancelled", cancelled.title(),
                mails.dateTime(cancelled.start(), language), cancelled.cancelReason(), web.link("/meetings/" + meetingId));
        }
        return cancelled;
    }

    private void requirePlannable(NewMeeting meeting, MeetingPlace place) {
        List<PlanRefusedException.Problem> problems = new ArrayList<>();
        if (!meeting.start().isAfter(LocalDateTime.now(clock.withZone(calendar.zone())))) {
            problems.add(new PlanRefusedException.Problem("date", "meetings.plan.error.past"));
        }
        if (place.inRoom() && place.roomId() == null) {
            problems.add(new PlanRefusedException.Problem("roomId", "meetings.plan.error.room"));
        }
        if (place.inRoom() && place.organisationId() == null) {
            problems.add(new PlanRefusedException.Problem("organisationId", "meetings.plan.error.organisation"));
        }
        if (place.outside() && (meeting.address() == null || meeting.address().isBlank())) {
            problems.add(new PlanRefusedException.Problem("address", "meetings.plan.error.address"));
        }
        if (meeting.format().inPerson() && place.nowhere()) {
            problems.add(new PlanRefusedException.Problem("place", "meetings.plan.error.place"));
        }
        if (meeting.format().online() && (meeting.videoLink() == null || meeting.videoLink().isBlank())) {
            problems.add(new PlanRefusedException.Problem("videoLink", "meetings.plan.error.videoLink"));
        }
        if (meeting.format() == MeetingFormat.WRITTEN_CONSULTATION && meeting.answersUntil() == null) {
            problems.add(new PlanRefusedException.Problem("answersDate", "meetings.plan.error.answers"));
        }
        if (!problems.isEmpty()) {
            throw new PlanRefusedException(problems);
        }
    }

    private List<Convocation.Recipient> convened(long meetingId) {
        return convocations.find(meetingId).map(Convocation::recipients).orElse(List.of());
    }
}
