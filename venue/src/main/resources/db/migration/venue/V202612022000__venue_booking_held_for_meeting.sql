-- A booking made by a meeting moves and ends with it: the booking page cannot cancel or change it alone.
ALTER TABLE venue.booking ADD COLUMN held_for_meeting boolean NOT NULL DEFAULT false;
