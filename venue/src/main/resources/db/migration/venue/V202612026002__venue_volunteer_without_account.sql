-- Volunteers recorded by a coordinator without an account (they get no access): membership keeps their name and
-- email as for any person; the volunteering keeps their consent to be recorded, when and by whom.
CREATE TABLE venue.volunteer_consent (
    person_id    bigint PRIMARY KEY REFERENCES membership.person (id),
    consented_at timestamptz NOT NULL,
    recorded_by  bigint NOT NULL REFERENCES membership.person (id)
);
