package coop.toitcommun.venue.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The house (roomId null) or one room closed from–to, with the reason. */
@Entity
@Table(schema = "venue", name = "closure")
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "room_id") private Long roomId;
    @Column(name = "starts_at") private Instant startsAt;
    @Column(name = "ends_at") private Instant endsAt;
    private String reason;
    @Column(name = "created_by") private long createdBy;
    @Column(name = "created_at") private Instant createdAt;

    protected Closure() {
    }

    public Closure(Long roomId, Instant startsAt, Instant endsAt, String reason, long createdBy, Instant createdAt) {
        this.roomId = roomId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean concerns(long room) {
        return roomId == null || roomId == room;
    }

    public Long getId() { return id; }
    public Long getRoomId() { return roomId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
}
