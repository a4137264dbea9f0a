-- Charter signatures and the history of organisation statuses are records of what happened: like the audit log,
-- the database refuses to change, delete or truncate them, whoever asks (the application's role may not even try
-- TRUNCATE, and owns nothing, so it cannot disable these triggers).
CREATE FUNCTION membership.refuse_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER charter_signature_append_only
    BEFORE UPDATE OR DELETE ON membership.charter_signature
    FOR EACH ROW EXECUTE FUNCTION membership.refuse_rewriting_history();
CREATE TRIGGER charter_signature_no_truncate
    BEFORE TRUNCATE ON membership.charter_signature
    FOR EACH STATEMENT EXECUTE FUNCTION membership.refuse_rewriting_history();

CREATE TRIGGER organisation_status_change_append_only
    BEFORE UPDATE OR DELETE ON membership.organisation_status_change
    FOR EACH ROW EXECUTE FUNCTION membership.refuse_rewriting_history();
CREATE TRIGGER organisation_status_change_no_truncate
    BEFORE TRUNCATE ON membership.organisation_status_change
    FOR EACH STATEMENT EXECUTE FUNCTION membership.refuse_rewriting_history();
