-- Every text the venue keeps has the size its form accepts (web's @Text declares each once, and FieldLimitsIT
-- compares them with these columns): a longer text is refused with a message instead of being stored whole.
-- The pages always limited these fields to the same sizes; should a longer value exist all the same, this
-- migration stops with PostgreSQL's "value too long" and the column's name, and nothing is cut.
ALTER TABLE venue.room
    ALTER COLUMN name TYPE varchar(100),
    ALTER COLUMN description TYPE varchar(2000),
    ALTER COLUMN floor TYPE varchar(50),
    ALTER COLUMN equipment TYPE varchar(500);

ALTER TABLE venue.closure
    ALTER COLUMN reason TYPE varchar(300);

ALTER TABLE venue.booking
    ALTER COLUMN title TYPE varchar(200),
    ALTER COLUMN notes TYPE varchar(2000),
    ALTER COLUMN status_reason TYPE varchar(500);

-- The reasons given for changing, cancelling or refusing a booking.
ALTER TABLE venue.audit_entry
    ALTER COLUMN detail TYPE varchar(500);
