-- The venue's decisions join the house's one audit trail (membership.audit_entry, see
-- V202612025000__membership_one_audit_trail.sql): every line of venue.audit_entry is copied there, in its order,
-- with its time, person, action and reason, the booking's organisation and a label of what it was about (room and
-- times), and the venue's own table, now empty of meaning, is dropped. Nothing is lost: the copy and the drop are
-- one transaction, and the count is checked before the drop.
INSERT INTO membership.audit_entry (occurred_at, actor_id, action, organisation_id, detail, module, subject_kind,
                                    subject_id, subject_label)
SELECT a.at,
       a.person_id,
       CASE
           WHEN a.closure_id IS NOT NULL AND a.action = 'CLOSED' THEN 'CLOSURE_ANNOUNCED'
           WHEN a.closure_id IS NOT NULL AND a.action = 'REOPENED' THEN 'CLOSURE_LIFTED'
           WHEN a.closure_id IS NOT NULL THEN 'CLOSURE_' || a.action
           ELSE 'BOOKING_' || a.action
       END,
       b.organisation_id,
       NULLIF(a.detail, ''),
       'venue',
       CASE WHEN a.closure_id IS NOT NULL THEN 'closure' WHEN a.booking_id IS NOT NULL THEN 'booking' END,
       COALESCE(a.booking_id, a.closure_id),
       left(CASE
           WHEN a.booking_id IS NOT NULL THEN concat_ws(' · ', br.name,
               to_char(b.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI') || '–'
                   || to_char(b.ends_at AT TIME ZONE 'Europe/Paris', 'HH24:MI'), b.title)
           WHEN a.closure_id IS NOT NULL THEN concat_ws(' · ', cr.name,
               to_char(c.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI') || ' → '
                   || to_char(c.ends_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI'))
       END, 300)
  FROM venue.audit_entry a
  LEFT JOIN venue.booking b ON b.id = a.booking_id
  LEFT JOIN venue.room br ON br.id = b.room_id
  LEFT JOIN venue.closure c ON c.id = a.closure_id
  LEFT JOIN venue.room cr ON cr.id = c.room_id
 ORDER BY a.at, a.id;

DO $$
DECLARE
    copied bigint;
    kept   bigint;
BEGIN
    SELECT count(*) INTO kept FROM venue.audit_entry;
    SELECT count(*) INTO copied FROM membership.audit_entry WHERE module = 'venue';
    IF copied <> kept THEN
        RAISE EXCEPTION 'the venue audit log was not copied whole (% of % lines)', copied, kept;
    END IF;
END
$$;

DROP TABLE venue.audit_entry;
DROP FUNCTION venue.audit_entry_is_append_only();
