-- Signed minutes lock their meeting, agenda, resolutions, attendance and votes row by row (see
-- refuse_signed_minutes_change); TRUNCATE bypasses row triggers, so it is refused on all of them, and on errata.
-- The convocation as sent is the proof of who was convened and when: it never changes either.
CREATE FUNCTION governance.refuse_truncate_or_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% keeps what was signed or sent: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER minutes_no_truncate BEFORE TRUNCATE ON governance.minutes
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER erratum_no_truncate BEFORE TRUNCATE ON governance.erratum
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER meeting_no_truncate BEFORE TRUNCATE ON governance.meeting
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER agenda_item_no_truncate BEFORE TRUNCATE ON governance.agenda_item
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER resolution_no_truncate BEFORE TRUNCATE ON governance.resolution
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER participant_no_truncate BEFORE TRUNCATE ON governance.participant
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER vote_count_no_truncate BEFORE TRUNCATE ON governance.vote_count
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER written_answer_no_truncate BEFORE TRUNCATE ON governance.written_answer
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();

CREATE TRIGGER convocation_sent_immutable BEFORE UPDATE OR DELETE ON governance.convocation
    FOR EACH ROW EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER convocation_no_truncate BEFORE TRUNCATE ON governance.convocation
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER convocation_recipient_sent_immutable BEFORE UPDATE OR DELETE ON governance.convocation_recipient
    FOR EACH ROW EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER convocation_recipient_no_truncate BEFORE TRUNCATE ON governance.convocation_recipient
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
