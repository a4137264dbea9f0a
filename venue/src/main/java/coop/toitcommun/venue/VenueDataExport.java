package coop.toitcommun.venue;

import java.time.Instant;
import java.util.List;

/** What the house's rooms, volunteering and public programme keep about one person, as they download it. */
public record VenueDataExport(List<BookingRecord> bookings, List<ShiftRecord> volunteering, Instant volunteerConsentAt,
                              List<RegistrationRecord> registrations) {

    /** A booking the person made, for their organisation. */
    public record BookingRecord(String room, String organisation, String title, Instant startsAt, Instant endsAt,
                                String status) {
    }

    /** A volunteer shift the person signed up for, and the minutes a coordinator confirmed. */
    public record ShiftRecord(String mission, Instant startsAt, Instant endsAt, Instant signedUpAt, Instant withdrawnAt,
                              Integer confirmedMinutes) {
    }

    /** A registration to a public event under the person's email address. */
    public record RegistrationRecord(String event, Instant startsAt, String name, int places, String status,
                                     Instant registeredAt) {
    }
}
