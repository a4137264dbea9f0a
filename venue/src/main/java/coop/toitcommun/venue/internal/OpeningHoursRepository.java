package coop.toitcommun.venue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OpeningHoursRepository extends JpaRepository<OpeningHours, Long> {

    @Query("select h from OpeningHours h order by h.roomId nulls first, h.dayOfWeek, h.opens")
    List<OpeningHours> allOrdered();

    @Modifying
    @Query("delete from OpeningHours h where (:room is null and h.roomId is null) or h.roomId = :room")
    void deleteOf(@Param("room") Long room);
}
