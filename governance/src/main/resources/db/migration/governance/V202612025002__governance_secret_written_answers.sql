-- A secret resolution of a written consultation records that a participant answered, never what. Two tables:
--   secret_answer_given: the register of who answered (participant, the person who answered for them, when);
--   secret_tally: the ballot box, the answers counted by resolution and college, with no person, no participant,
--     no time and no row per answer: each answer adds its votes to a counter, so no row can be tied to one answer.
-- Open resolutions keep written_answer (who answered what). Answers already given to secret resolutions move from
-- written_answer into these tables, counted exactly as the outcome counted them (by college in a SCIC whose
-- colleges are set, else in one column), then leave written_answer. Signed minutes keep their outcome: the counts
-- are the same, and their frozen text never named who answered what on a secret resolution.
CREATE TABLE governance.secret_answer_given (
    item_id        bigint      NOT NULL REFERENCES governance.resolution (item_id),
    participant_id bigint      NOT NULL REFERENCES governance.participant (id),
    meeting_id     bigint      NOT NULL REFERENCES governance.meeting (id),
    answered_by    bigint      NOT NULL REFERENCES membership.person (id),
    answered_at    timestamptz NOT NULL,
    PRIMARY KEY (item_id, participant_id)
);
CREATE INDEX secret_answer_given_meeting_idx ON governance.secret_answer_given (meeting_id);

CREATE TABLE governance.secret_tally (
    item_id       bigint      NOT NULL REFERENCES governance.resolution (item_id),
    meeting_id    bigint      NOT NULL REFERENCES governance.meeting (id),
    college_name  varchar(100) NOT NULL,
    votes_for     int         NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_against int         NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
    abstentions   int         NOT NULL DEFAULT 0 CHECK (abstentions >= 0),
    PRIMARY KEY (item_id, college_name)
);
CREATE INDEX secret_tally_meeting_idx ON governance.secret_tally (meeting_id);

INSERT INTO governance.secret_answer_given (item_id, participant_id, meeting_id, answered_by, answered_at)
SELECT a.item_id, a.participant_id, a.meeting_id, a.answered_by, a.answered_at
  FROM governance.written_answer a JOIN governance.resolution r ON r.item_id = a.item_id
 WHERE r.secret;

INSERT INTO governance.secret_tally (item_id, meeting_id, college_name, votes_for, votes_against, abstentions)
SELECT a.item_id, a.meeting_id,
       CASE WHEN e.legal_form IN ('SCIC_SA', 'SCIC_SAS', 'SCIC_SARL') AND m.kind IN ('ORDINARY_GA', 'EXTRAORDINARY_GA')
                 AND EXISTS (SELECT 1 FROM governance.college c WHERE c.entity_id = e.id)
            THEN coalesce(p.college_name, '') ELSE '' END AS college,
       sum(CASE WHEN a.answer = 'FOR' THEN p.votes ELSE 0 END),
       sum(CASE WHEN a.answer = 'AGAINST' THEN p.votes ELSE 0 END),
       sum(CASE WHEN a.answer = 'ABSTAIN' THEN p.votes ELSE 0 END)
  FROM governance.written_answer a
  JOIN governance.resolution r ON r.item_id = a.item_id
  JOIN governance.participant p ON p.id = a.participant_id
  JOIN governance.meeting m ON m.id = a.meeting_id
  JOIN governance.entity e ON e.id = m.entity_id
 WHERE r.secret
 GROUP BY a.item_id, a.meeting_id, 3;

-- the answers of signed meetings are locked by row trigger: the owner lifts the lock for this one move only
ALTER TABLE governance.written_answer DISABLE TRIGGER written_answer_signed_immutable;
DELETE FROM governance.written_answer a USING governance.resolution r WHERE r.item_id = a.item_id AND r.secret;
ALTER TABLE governance.written_answer ENABLE TRIGGER written_answer_signed_immutable;

-- a database-level guard: an open answer is never written for a secret resolution
CREATE FUNCTION governance.refuse_open_answer_to_secret() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM governance.resolution r WHERE r.item_id = NEW.item_id AND r.secret) THEN
        RAISE EXCEPTION 'resolution % is secret: who answered what is not kept', NEW.item_id USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER written_answer_not_secret BEFORE INSERT OR UPDATE ON governance.written_answer
    FOR EACH ROW EXECUTE FUNCTION governance.refuse_open_answer_to_secret();

CREATE TRIGGER secret_answer_given_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON governance.secret_answer_given
    FOR EACH ROW EXECUTE FUNCTION governance.refuse_signed_minutes_change();
CREATE TRIGGER secret_tally_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON governance.secret_tally
    FOR EACH ROW EXECUTE FUNCTION governance.refuse_signed_minutes_change();
CREATE TRIGGER secret_answer_given_no_truncate BEFORE TRUNCATE ON governance.secret_answer_given
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
CREATE TRIGGER secret_tally_no_truncate BEFORE TRUNCATE ON governance.secret_tally
    FOR EACH STATEMENT EXECUTE FUNCTION governance.refuse_truncate_or_rewrite();
