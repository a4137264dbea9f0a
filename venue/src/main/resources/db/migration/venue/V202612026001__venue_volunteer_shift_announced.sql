-- A shift still needing people 48 hours before it starts is announced once, by email, to the volunteers who have
-- done its mission before: the conditional update that sets announced_at decides which instance sends.
ALTER TABLE venue.volunteer_shift ADD COLUMN announced_at timestamptz;
CREATE INDEX volunteer_shift_to_announce ON venue.volunteer_shift (starts_at)
    WHERE announced_at IS NULL AND cancelled_at IS NULL;
