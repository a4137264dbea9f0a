-- One audit trail for the whole house. membership.audit_entry, the door's log until now, becomes the record of
-- every decision of every module (governance and venue depend on membership and write through its AuditLog, in
-- the transaction of the decision). Each line says which module decided, what kind of decision it was, who
-- decided and when, the subject (kind, id and a label frozen at the time of the decision), the organisation
-- concerned when there is one, and the values before and after. The table stays append-only (its triggers are
-- unchanged); the door's existing lines keep every value and read as membership decisions about their
-- organisation.
ALTER TABLE membership.audit_entry
    ADD COLUMN module        varchar(20)   NOT NULL DEFAULT 'membership',
    ADD COLUMN subject_kind  varchar(30),
    ADD COLUMN subject_id    bigint,
    ADD COLUMN subject_label varchar(300),
    ADD COLUMN before_value  varchar(4000),
    ADD COLUMN after_value   varchar(4000);
ALTER TABLE membership.audit_entry ALTER COLUMN module DROP DEFAULT;
ALTER TABLE membership.audit_entry
    ADD CONSTRAINT audit_entry_module_check CHECK (module IN ('membership', 'governance', 'venue')),
    ADD CONSTRAINT audit_entry_subject_check CHECK ((subject_kind IS NULL) = (subject_id IS NULL));

-- The filters of the audit page: an organisation's decisions (what its members may read), a person's, a module's.
CREATE INDEX audit_entry_organisation_idx ON membership.audit_entry (organisation_id, occurred_at DESC, id DESC)
    WHERE organisation_id IS NOT NULL;
CREATE INDEX audit_entry_actor_idx ON membership.audit_entry (actor_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_module_idx ON membership.audit_entry (module, action, occurred_at DESC, id DESC);
