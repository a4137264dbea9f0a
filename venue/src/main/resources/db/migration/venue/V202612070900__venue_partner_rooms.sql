-- Partner rooms: two houses of the deployment may sign a reciprocity agreement, each granting the other's members a
-- number of hours a month in the rooms it opens to partners. A partner's booking is an ordinary booking of the
-- room's house (its exclusion constraint, calendars and staff hold it), made for the organisation that stands for
-- the partner house there; a shared copy lets the partner house's staff and member see it too.

ALTER TABLE venue.room ADD COLUMN open_to_partners boolean NOT NULL DEFAULT false;

-- What a house grants a partner house: one row per pair, written by the granting house, read by both. The agreement
-- holds while both houses grant hours (reciprocity); 0 hours suspends it.
CREATE TABLE venue.partnership (
    partner_house_id bigint      NOT NULL REFERENCES membership.house (id),
    hours_per_month  integer     NOT NULL CHECK (hours_per_month BETWEEN 0 AND 744),
    -- the partner house as an organisation of the granting house (circle PARTNER_PLACE): its members book for it
    organisation_id  bigint      NOT NULL REFERENCES membership.organisation (id),
    signed_by        bigint      NOT NULL REFERENCES membership.person (id),
    signed_at        timestamptz NOT NULL
);
SELECT membership.keep_rows_in_their_house('venue.partnership');
ALTER TABLE venue.partnership ADD PRIMARY KEY (house_id, partner_house_id),
    ADD CONSTRAINT partnership_between_two_houses CHECK (house_id <> partner_house_id);
CREATE POLICY partner ON venue.partnership FOR SELECT USING (partner_house_id = membership.current_house());

-- A partner member's booking as both houses see it: written in the room's house, read by the partner house too
CREATE TABLE venue.partner_booking (
    booking_id        bigint       PRIMARY KEY REFERENCES venue.booking (id) ON DELETE CASCADE,
    partner_house_id  bigint       NOT NULL REFERENCES membership.house (id),
    -- who booked, as a person of the partner house
    partner_person_id bigint       NOT NULL REFERENCES membership.person (id),
    booked_by_name    varchar(200) NOT NULL,
    room_name         varchar(100) NOT NULL,
    title             varchar(200) NOT NULL,
    starts_at         timestamptz  NOT NULL,
    ends_at           timestamptz  NOT NULL,
    status            text         NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REFUSED', 'CANCELLED')),
    status_reason     varchar(500)
);
SELECT membership.keep_rows_in_their_house('venue.partner_booking');
CREATE POLICY partner ON venue.partner_booking FOR SELECT USING (partner_house_id = membership.current_house());
CREATE INDEX partner_booking_of_partner ON venue.partner_booking (partner_house_id, starts_at);
CREATE INDEX partner_booking_of_house ON venue.partner_booking (house_id, starts_at);

-- the room's house decides on the booking (approves, refuses, moves, cancels): the copy follows
CREATE FUNCTION venue.follow_partner_booking() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE venue.partner_booking p
       SET title = NEW.title, starts_at = NEW.starts_at, ends_at = NEW.ends_at, status = NEW.status,
           status_reason = NEW.status_reason,
           room_name = (SELECT r.name FROM venue.room r WHERE r.id = NEW.room_id)
     WHERE p.booking_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER booking_of_partner AFTER UPDATE OF room_id, title, starts_at, ends_at, status, status_reason
    ON venue.booking FOR EACH ROW EXECUTE FUNCTION venue.follow_partner_booking();

CREATE FUNCTION venue.rename_room_of_partners() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE venue.partner_booking p SET room_name = NEW.name
      FROM venue.booking b WHERE b.id = p.booking_id AND b.room_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER room_name_of_partners AFTER UPDATE OF name ON venue.room
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION venue.rename_room_of_partners();
