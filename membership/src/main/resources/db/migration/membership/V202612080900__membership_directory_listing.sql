-- The listed members as the directory's search reads them, one narrow row each, kept by a trigger in the transaction
-- that changes an organisation. A search finds its matches through the trigram indexes, then reads every matching
-- row to count and sort them: in membership.organisation, whose rows carry addresses and descriptions, the 418
-- matches of "lievin" among 5,000 members lay on all of its 209 pages; here on 93, and none needs checking for being
-- listed (0.88 ms of the database's time per search in the statement of 5 December, morning; 0.67 ms here).
CREATE TABLE membership.directory_listing (
    organisation_id bigint       PRIMARY KEY REFERENCES membership.organisation (id) ON DELETE CASCADE,
    sort_name       text         NOT NULL,
    search_name     text         NOT NULL,
    search_commune  text,
    circle          varchar(20)  NOT NULL,
    ess_status      varchar(30)  NOT NULL,
    commune         varchar(200)
);
SELECT membership.keep_rows_in_their_house('membership.directory_listing');
CREATE INDEX directory_listing_name_search ON membership.directory_listing USING gin (search_name public.gin_trgm_ops);
CREATE INDEX directory_listing_commune_search
    ON membership.directory_listing USING gin (search_commune public.gin_trgm_ops);

-- listed as Directory.LISTED says: in the directory and a member
CREATE FUNCTION membership.keep_directory_listing() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.in_directory AND NEW.status IN ('MEMBER', 'RESIGNATURE_DUE') THEN
        INSERT INTO membership.directory_listing AS l
               (house_id, organisation_id, sort_name, search_name, search_commune, circle, ess_status, commune)
            VALUES (NEW.house_id, NEW.id, lower(NEW.name), NEW.search_name, NEW.search_commune, NEW.circle,
                    NEW.ess_status, NEW.commune)
            ON CONFLICT (organisation_id) DO UPDATE
               SET sort_name = EXCLUDED.sort_name, search_name = EXCLUDED.search_name,
                   search_commune = EXCLUDED.search_commune, circle = EXCLUDED.circle,
                   ess_status = EXCLUDED.ess_status, commune = EXCLUDED.commune;
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM membership.directory_listing WHERE organisation_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organisation_directory_listing
    AFTER INSERT OR UPDATE OF name, commune, circle, ess_status, in_directory, status ON membership.organisation
    FOR EACH ROW EXECUTE FUNCTION membership.keep_directory_listing();

-- Today's listed members of every house: the migration's owner sees them all while neither table forces its policy
ALTER TABLE membership.organisation NO FORCE ROW LEVEL SECURITY;
ALTER TABLE membership.directory_listing NO FORCE ROW LEVEL SECURITY;
INSERT INTO membership.directory_listing
       (house_id, organisation_id, sort_name, search_name, search_commune, circle, ess_status, commune)
SELECT house_id, id, lower(name), search_name, search_commune, circle, ess_status, commune
  FROM membership.organisation
 WHERE in_directory AND status IN ('MEMBER', 'RESIGNATURE_DUE');
ALTER TABLE membership.organisation FORCE ROW LEVEL SECURITY;
ALTER TABLE membership.directory_listing FORCE ROW LEVEL SECURITY;

-- The listed members whose name or commune holds the words of a search (a LIKE pattern, as typed), read through the
-- trigram indexes of the listing. Written in the statement of each page, the search's words were hidden
-- from the planner, so that it kept one plan for every text, and it guessed how many members match: once a vacuum
-- had refreshed the table's statistics, that guess could have it go through every organisation instead (with 5,000
-- members, 1.4 ms per search instead of 0.4). Here too PostgreSQL keeps the plans per connection, and they can only
-- use the indexes. The search text of the words is made once per search, not again for each member checked.
CREATE FUNCTION membership.directory_matches(pattern text)
    RETURNS TABLE (id bigint, sort_name text, circle varchar, ess_status varchar, commune varchar)
    LANGUAGE plpgsql STABLE STRICT
    SET enable_seqscan = off
AS $$
DECLARE
    words text := membership.search_text(pattern);
BEGIN
    RETURN QUERY
        SELECT l.organisation_id, l.sort_name, l.circle, l.ess_status, l.commune
          FROM membership.directory_listing l
         WHERE l.search_name LIKE words OR l.search_commune LIKE words;
END
$$;

-- The searches of one or two letters, read in name order, still compare the organisation's own search texts, row by
-- row, without these indexes
DROP INDEX membership.organisation_name_search;
DROP INDEX membership.organisation_commune_search;
