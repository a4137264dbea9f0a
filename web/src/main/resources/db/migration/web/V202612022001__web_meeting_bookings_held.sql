-- The rooms already booked by meetings (web orchestrates both modules, so it links their data once).
UPDATE venue.booking SET held_for_meeting = true
 WHERE id IN (SELECT booking_id FROM governance.meeting WHERE booking_id IS NOT NULL);
