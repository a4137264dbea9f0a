-- A meeting can be cancelled (with a reason) until its minutes are signed; it stays in the history.
ALTER TABLE governance.meeting ADD COLUMN cancelled_at timestamptz;
ALTER TABLE governance.meeting ADD COLUMN cancel_reason varchar(500);
ALTER TABLE governance.meeting ADD CONSTRAINT meeting_cancel_reason CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL));
