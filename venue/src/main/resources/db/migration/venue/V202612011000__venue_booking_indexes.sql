-- Calendars, free-room searches and conflict checks ask "which active bookings overlap this window?" as
-- slot && tstzrange(from, to): this index answers it from both ends, so its cost does not grow with the
-- history (the old starts_at < to AND blocked_until > from could only bound one end, and scanned every past
-- booking). The exclusion constraint's index (room_id, slot) answers the same question for one room.
CREATE INDEX booking_active_slot ON venue.booking USING gist (slot) WHERE status IN ('PENDING', 'CONFIRMED');

-- bookings waiting for approval, soonest first; monthly usage of confirmed bookings
CREATE INDEX booking_status_starts ON venue.booking (status, starts_at);

-- a room's subscription feed: its bookings not over yet, cancelled ones included
CREATE INDEX booking_room_ends ON venue.booking (room_id, ends_at);
