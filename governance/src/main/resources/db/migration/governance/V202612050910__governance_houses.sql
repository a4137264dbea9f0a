-- Every row belongs to a house, kept apart by row-level security: see membership's migration of houses.
-- legal_reference holds French law, the same for every house.
SELECT membership.keep_rows_in_their_house(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'governance' AND c.relkind = 'r' AND c.relname NOT IN ('legal_reference');

-- unique in each house: an entity's name, a live responsibility's title
ALTER TABLE governance.entity DROP CONSTRAINT entity_name_key, ADD CONSTRAINT entity_name_key UNIQUE (house_id, name);
DROP INDEX governance.responsibility_live_title;
CREATE UNIQUE INDEX responsibility_live_title ON governance.responsibility (house_id, lower(title)) WHERE archived_at IS NULL;
