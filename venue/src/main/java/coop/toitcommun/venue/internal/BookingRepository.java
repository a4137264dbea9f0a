package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import coop.toitcommun.venue.BookingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /**
     * Bookings that hold a room (pending or confirmed) and touch [from, to), buffer included. The range overlap
     * uses the index on the active bookings' slot, so the cost does not grow with the history.
     */
    @Query(nativeQuery = true, value = """
        SELECT * FROM venue.booking WHERE status IN ('PENDING', 'CONFIRMED')
           AND slot && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)')
         ORDER BY starts_at""")
    List<Booking> holding(@Param("from") Instant from, @Param("to") Instant to);

    /** The same for one room, through the exclusion constraint's index on (room, slot). */
    @Query(nativeQuery = true, value = """
        SELECT * FROM venue.booking WHERE room_id = :room AND status IN ('PENDING', 'CONFIRMED')
           AND slot && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)')
         ORDER BY starts_at""")
    List<Booking> holdingRoom(@Param("room") long room, @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
        select b from Booking b where b.organisationId in :organisations and b.endsAt > :from
        order by b.startsAt""")
    List<Booking> ofOrganisationsFrom(@Param("organisations") Collection<Long> organisations, @Param("from") Instant from);

    @Query("""
        select b from Booking b where b.organisationId in :organisations and b.endsAt <= :before
        order by b.startsAt desc limit 50""")
    List<Booking> pastOfOrganisations(@Param("organisations") Collection<Long> organisations, @Param("before") Instant before);

    List<Booking> findByStatusOrderByStartsAt(BookingStatus status);

    List<Booking> findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(long seriesId, Instant from);

    /** For feeds: every booking of a room, organisation or person in a window, cancelled ones included. */
    @Query("select b from Booking b where b.roomId = :room and b.endsAt > :from order by b.startsAt")
    List<Booking> feedOfRoom(@Param("room") long room, @Param("from") Instant from);

    @Query("select b from Booking b where b.organisationId = :organisation and b.endsAt > :from order by b.startsAt")
    List<Booking> feedOfOrganisation(@Param("organisation") long organisation, @Param("from") Instant from);

    @Query("select b from Booking b where b.organisationId in :organisations and b.endsAt > :from order by b.startsAt")
    List<Booking> feedOfOrganisations(@Param("organisations") Collection<Long> organisations, @Param("from") Instant from);
}
