-- The listed members whose name or commune holds the words of a search (a LIKE pattern, as typed), read through the
-- trigram indexes of their stored search texts. Written in the statement of each page, the search's words were hidden
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
    -- listed as Directory.LISTED says: in the directory and a member
    RETURN QUERY
        SELECT o.id, lower(o.name), o.circle, o.ess_status, o.commune
          FROM membership.organisation o
         WHERE (o.search_name LIKE words OR o.search_commune LIKE words)
           AND o.in_directory AND o.status IN ('MEMBER', 'RESIGNATURE_DUE');
END
$$;
