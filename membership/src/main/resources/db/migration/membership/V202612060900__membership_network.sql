-- The network of houses: a house may publish its directory and its public programme to the other houses of the
-- deployment, and each of its member organisations chooses whether to appear there. What is published is a copy,
-- kept by triggers in tables that every house may read (policy "network") and only the row's own house may write
-- (policy "house"): the house's own tables stay out of any other house's sight.

-- Called by the migration of each module that publishes a table to the network
CREATE FUNCTION membership.publish_to_network(tbl regclass) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM membership.keep_rows_in_their_house(tbl);
    EXECUTE format('CREATE POLICY network ON %s FOR SELECT USING (true)', tbl);
END
$$;

-- What a house publishes: one row per house, written by its administrators; no row publishes nothing
CREATE TABLE membership.network_publication (
    directory  boolean     NOT NULL,
    programme  boolean     NOT NULL,
    changed_at timestamptz NOT NULL
);
SELECT membership.publish_to_network('membership.network_publication');
ALTER TABLE membership.network_publication ADD PRIMARY KEY (house_id);

-- An organisation listed in its house's directory may also appear in the network's
ALTER TABLE membership.organisation ADD COLUMN in_network boolean NOT NULL DEFAULT false;

CREATE TABLE membership.network_member (
    organisation_id bigint       PRIMARY KEY REFERENCES membership.organisation (id) ON DELETE CASCADE,
    name            varchar(200) NOT NULL,
    commune         varchar(200),
    website         varchar(300),
    description     varchar(1000)
);
SELECT membership.publish_to_network('membership.network_member');
CREATE INDEX network_member_by_name ON membership.network_member (house_id, lower(name));

CREATE FUNCTION membership.copy_to_network() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' AND NEW.in_network AND NEW.in_directory AND NEW.status IN ('MEMBER', 'RESIGNATURE_DUE') THEN
        INSERT INTO membership.network_member AS m (house_id, organisation_id, name, commune, website, description)
            VALUES (NEW.house_id, NEW.id, NEW.name, NEW.commune, NEW.website, NEW.description)
            ON CONFLICT (organisation_id) DO UPDATE
               SET name = EXCLUDED.name, commune = EXCLUDED.commune, website = EXCLUDED.website,
                   description = EXCLUDED.description;
    ELSIF TG_OP <> 'INSERT' THEN
        DELETE FROM membership.network_member WHERE organisation_id = OLD.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organisation_in_network
    AFTER INSERT OR UPDATE OF name, commune, website, description, in_directory, in_network, status
    ON membership.organisation FOR EACH ROW EXECUTE FUNCTION membership.copy_to_network();
