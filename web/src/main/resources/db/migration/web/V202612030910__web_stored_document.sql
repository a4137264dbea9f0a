-- Agenda documents' contents, in the database rather than on one instance's disk: every instance serves them,
-- they are written in the transaction that records them, and a backup holds them with everything else. The key
-- is governance.agenda_document.storage_key; documents from the folder of earlier versions are imported at start
-- (LegacyDocumentFolder).
CREATE TABLE web.stored_document (
    storage_key uuid        PRIMARY KEY,
    content     bytea       NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now()
);
