-- The directory's search ignores case and accents ("lievin" finds "Liévin") and finds words inside names, with an
-- index whatever the number of organisations. unaccent and pg_trgm are trusted extensions: the database owner
-- creates them. They go to the public schema, which every role may use; everything here names it explicitly,
-- so nothing depends on the search_path of the role that runs the application.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary, so that it may be
-- indexed. Changing the dictionary would need a REINDEX of the indexes below.
CREATE FUNCTION membership.search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

CREATE INDEX organisation_name_search ON membership.organisation
    USING gin (membership.search_text(name) public.gin_trgm_ops);
CREATE INDEX organisation_commune_search ON membership.organisation
    USING gin (membership.search_text(commune) public.gin_trgm_ops);
-- the directory's pages, in name order
CREATE INDEX organisation_directory_order ON membership.organisation (lower(name), id) WHERE in_directory;
