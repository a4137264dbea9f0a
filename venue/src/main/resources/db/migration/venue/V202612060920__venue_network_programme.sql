-- The public programme as the network of houses sees it (membership's migration of the network): a copy of each
-- published event, kept by a trigger, that every house may read and only the event's house writes. Whether the
-- house shows its programme to the network is its choice (membership.network_publication), made when it is read.
CREATE TABLE venue.network_event (
    event_id  bigint       PRIMARY KEY REFERENCES venue.public_event (id) ON DELETE CASCADE,
    title     varchar(200) NOT NULL,
    starts_at timestamptz  NOT NULL,
    ends_at   timestamptz  NOT NULL,
    -- the room's name when the event is in the house, else its address
    place     varchar(300) NOT NULL
);
SELECT membership.publish_to_network('venue.network_event');
CREATE INDEX network_event_coming ON venue.network_event (ends_at, starts_at);

CREATE FUNCTION venue.copy_event_to_network() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'PUBLISHED' THEN
        INSERT INTO venue.network_event AS n (house_id, event_id, title, starts_at, ends_at, place)
            SELECT NEW.house_id, NEW.id, NEW.title, NEW.starts_at, NEW.ends_at,
                   coalesce(NEW.address, (SELECT r.name FROM venue.booking b JOIN venue.room r ON r.id = b.room_id
                                           WHERE b.id = NEW.booking_id), '')
            ON CONFLICT (event_id) DO UPDATE
               SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                   place = EXCLUDED.place;
    ELSE
        DELETE FROM venue.network_event WHERE event_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER public_event_in_network
    AFTER INSERT OR UPDATE OF title, starts_at, ends_at, address, booking_id, status
    ON venue.public_event FOR EACH ROW EXECUTE FUNCTION venue.copy_event_to_network();

-- a renamed room renames the place of the events held in it
CREATE FUNCTION venue.rename_room_in_network() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE venue.network_event n SET place = NEW.name
      FROM venue.public_event e JOIN venue.booking b ON b.id = e.booking_id
     WHERE n.event_id = e.id AND b.room_id = NEW.id AND e.address IS NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER room_name_in_network AFTER UPDATE OF name ON venue.room
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION venue.rename_room_in_network();

-- The events published so far, copied by the trigger: the owner reads and writes every house's rows for this only
ALTER TABLE venue.public_event NO FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.booking NO FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.room NO FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.network_event NO FORCE ROW LEVEL SECURITY;
UPDATE venue.public_event SET status = status WHERE status = 'PUBLISHED';
ALTER TABLE venue.public_event FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.booking FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.room FORCE ROW LEVEL SECURITY;
ALTER TABLE venue.network_event FORCE ROW LEVEL SECURITY;
