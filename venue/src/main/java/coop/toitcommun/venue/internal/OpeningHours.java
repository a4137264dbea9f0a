package coop.toitcommun.venue.internal;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A weekly opening period; {@code roomId} null for the whole house. */
@Entity
@Table(schema = "venue", name = "opening_hours")
public class OpeningHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "room_id") private Long roomId;
    @Column(name = "day_of_week") private int dayOfWeek;
    private LocalTime opens;
    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(Long roomId, int dayOfWeek, LocalTime opens, LocalTime closes) {
        this.roomId = roomId;
        this.dayOfWeek = dayOfWeek;
        this.opens = opens;
        this.closes = closes;
    }

    public Long getId() { return id; }
    public Long getRoomId() { return roomId; }
    public int getDayOfWeek() { return dayOfWeek; }
    public LocalTime getOpens() { return opens; }
    public LocalTime getCloses() { return closes; }
}
