-- The venue's audit log records what employees decided about other people's bookings (approvals, refusals,
-- changes, cancellations) and the closures they announced or lifted. Like the membership's, it is append-only.
ALTER TABLE venue.audit_entry ADD COLUMN closure_id bigint;
ALTER TABLE venue.audit_entry ADD CONSTRAINT audit_entry_subject_check CHECK (booking_id IS NULL OR closure_id IS NULL);
CREATE INDEX audit_entry_at_idx ON venue.audit_entry (at DESC, id DESC);

CREATE FUNCTION venue.audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the venue audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON venue.audit_entry
    FOR EACH ROW EXECUTE FUNCTION venue.audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON venue.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION venue.audit_entry_is_append_only();
