package coop.toitcommun.venue.internal;

import java.time.Instant;

import coop.toitcommun.venue.BookingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booking. Rows are inserted and moved by {@link BookingWriter} (so that the exclusion constraint's refusal
 * leaves the transaction usable); status changes go through this entity.
 */
@Entity
@Table(schema = "venue", name = "booking")
public class Booking {

    @Id private Long id;
    @Column(name = "room_id") private long roomId;
    @Column(name = "organisation_id") private long organisationId;
    @Column(name = "booked_by") private long bookedBy;
    @Column(name = "series_id") private Long seriesId;
    private String title;
    @Column(name = "title_public") private boolean titlePublic;
    private int attendees;
    private String notes;
    @Column(name = "starts_at") private Instant startsAt;
    @Column(name = "ends_at") private Instant endsAt;
    @Column(name = "blocked_until") private Instant blockedUntil;
    @Enumerated(EnumType.STRING) private BookingStatus status;
    @Column(name = "status_reason") private String statusReason;
    @Column(name = "price_cents") private int priceCents;
    private int sequence;
    @Column(name = "created_at") private Instant createdAt;
    @Column(name = "updated_at") private Instant updatedAt;
    @Version private long version;
    @Column(name = "held_for_meeting") private boolean heldForMeeting;

    protected Booking() {
    }

    /** Approval, refusal or cancellation: calendar clients see the change through a higher SEQUENCE. */
    public void decide(BookingStatus status, String reason, Instant at) {
        this.status = status;
        this.statusReason = reason;
        this.sequence++;
        this.updatedAt = at;
    }

    /** Booked by a meeting: it moves and ends with the meeting, never alone. */
    public void holdForMeeting() {
        this.heldForMeeting = true;
    }

    public boolean isHeldForMeeting() {
        return heldForMeeting;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Long getId() { return id; }
    public long getRoomId() { return roomId; }
    public long getOrganisationId() { return organisationId; }
    public long getBookedBy() { return bookedBy; }
    public Long getSeriesId() { return seriesId; }
    public String getTitle() { return title; }
    public boolean isTitlePublic() { return titlePublic; }
    public int getAttendees() { return attendees; }
    public String getNotes() { return notes; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getBlockedUntil() { return blockedUntil; }
    public BookingStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public int getPriceCents() { return priceCents; }
    public int getSequence() { return sequence; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
