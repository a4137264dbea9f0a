-- Houses: one deployment may serve several tiers-lieux. Every row of every module belongs to one house, and
-- PostgreSQL itself keeps each house's rows apart (row-level security, forced on the owner too): a connection sees
-- and writes only the rows of the house named by its setting toitcommun.house, which the application sets from the
-- house of the request (HouseConnections); without the setting it sees no row at all. Rows written without naming a
-- house get the connection's. Today's data becomes the first house's.
CREATE TABLE membership.house (
    id   bigint       PRIMARY KEY,
    name varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    -- the host name its members use (maison.example.org); the house without one answers every other host
    host varchar(253) UNIQUE CHECK (host = lower(host))
);
CREATE UNIQUE INDEX house_one_default ON membership.house ((true)) WHERE host IS NULL;
INSERT INTO membership.house (id, name, host) VALUES (1, 'Le Toit Commun', NULL);

-- An inlined SQL expression, so that policies compare house_id with a value known for the whole statement
CREATE FUNCTION membership.current_house() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('toitcommun.house', true), '')::bigint $$;

-- Called by each module's migration for each of its tables (and by any later migration that adds one)
CREATE FUNCTION membership.keep_rows_in_their_house(tbl regclass) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ADD COLUMN house_id bigint NOT NULL DEFAULT 1 REFERENCES membership.house', tbl);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN house_id SET DEFAULT membership.current_house()', tbl);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY house ON %s USING (house_id = membership.current_house())', tbl);
END
$$;

SELECT membership.keep_rows_in_their_house(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'membership' AND c.relkind = 'r' AND c.relname <> 'house';

-- What was unique in the one house is unique in each: an email address, a charter's number and its one draft, an
-- intercommunality's name (each house keeps its own list), the counters of sign-in attempts and of requests, the
-- directory's tally by commune, the sign-in policy.
ALTER TABLE membership.person DROP CONSTRAINT person_email_key, ADD CONSTRAINT person_email_key UNIQUE (house_id, email);
ALTER TABLE membership.charter_version DROP CONSTRAINT charter_version_number_key,
    ADD CONSTRAINT charter_version_number_key UNIQUE (house_id, number);
DROP INDEX membership.charter_version_one_draft;
CREATE UNIQUE INDEX charter_version_one_draft ON membership.charter_version (house_id) WHERE published_at IS NULL;
ALTER TABLE membership.epci DROP CONSTRAINT epci_name_key, ADD CONSTRAINT epci_name_key UNIQUE (house_id, name);
ALTER TABLE membership.attempt_pair DROP CONSTRAINT attempt_pair_kind_login_fkey;
ALTER TABLE membership.attempt_account DROP CONSTRAINT attempt_account_pkey, ADD PRIMARY KEY (house_id, kind, login);
ALTER TABLE membership.attempt_pair DROP CONSTRAINT attempt_pair_pkey,
    ADD PRIMARY KEY (house_id, kind, login, client_address),
    ADD CONSTRAINT attempt_pair_kind_login_fkey FOREIGN KEY (house_id, kind, login)
        REFERENCES membership.attempt_account (house_id, kind, login) ON DELETE CASCADE;
ALTER TABLE membership.request_window DROP CONSTRAINT request_window_pkey, ADD PRIMARY KEY (house_id, scope, key);
ALTER TABLE membership.directory_commune DROP CONSTRAINT directory_commune_pkey, ADD PRIMARY KEY (house_id, commune);
ALTER TABLE membership.sign_in_policy DROP CONSTRAINT sign_in_policy_pkey, ADD PRIMARY KEY (house_id, id);

-- the tally's trigger counts in the organisation's house (the row it inserts takes the connection's)
CREATE OR REPLACE FUNCTION membership.tally_directory_commune() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    was_listed boolean := TG_OP <> 'INSERT' AND OLD.in_directory AND OLD.status IN ('MEMBER', 'RESIGNATURE_DUE');
    is_listed  boolean := TG_OP <> 'DELETE' AND NEW.in_directory AND NEW.status IN ('MEMBER', 'RESIGNATURE_DUE');
BEGIN
    IF TG_OP = 'UPDATE' AND was_listed = is_listed AND OLD.commune IS NOT DISTINCT FROM NEW.commune THEN
        RETURN NULL;
    END IF;
    IF was_listed THEN
        UPDATE membership.directory_commune SET members = members - 1
         WHERE house_id = OLD.house_id AND commune = coalesce(OLD.commune, '');
    END IF;
    IF is_listed THEN
        INSERT INTO membership.directory_commune AS tally (house_id, commune, members)
            VALUES (NEW.house_id, coalesce(NEW.commune, ''), 1)
            ON CONFLICT (house_id, commune) DO UPDATE SET members = tally.members + 1;
    END IF;
    RETURN NULL;
END
$$;
