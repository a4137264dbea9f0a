-- Every row belongs to a house, kept apart by row-level security: see membership's migration of houses.
SELECT membership.keep_rows_in_their_house(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'venue' AND c.relkind = 'r';

-- unique in each house: a room's name, a mission's name, the settings, the quota of each circle
DROP INDEX venue.room_name_unique;
CREATE UNIQUE INDEX room_name_unique ON venue.room (house_id, lower(name));
DROP INDEX venue.volunteer_mission_name;
CREATE UNIQUE INDEX volunteer_mission_name ON venue.volunteer_mission (house_id, lower(name));
ALTER TABLE venue.settings DROP CONSTRAINT settings_pkey, ADD PRIMARY KEY (house_id, id);
ALTER TABLE venue.volunteering_settings DROP CONSTRAINT volunteering_settings_pkey, ADD PRIMARY KEY (house_id, id);
ALTER TABLE venue.circle_quota DROP CONSTRAINT circle_quota_pkey, ADD PRIMARY KEY (house_id, circle);
