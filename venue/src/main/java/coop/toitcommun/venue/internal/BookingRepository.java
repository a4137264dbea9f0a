package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import coop.toitcommun.venue.BookingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

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
