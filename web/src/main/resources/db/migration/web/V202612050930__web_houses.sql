-- Every row belongs to a house, kept apart by row-level security: see membership's migration of houses.
SELECT membership.keep_rows_in_their_house(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'web' AND c.relkind = 'r';
