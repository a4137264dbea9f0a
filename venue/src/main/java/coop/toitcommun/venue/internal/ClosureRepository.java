package coop.toitcommun.venue.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClosureRepository extends JpaRepository<Closure, Long> {

    @Query("select c from Closure c where c.startsAt < :to and c.endsAt > :from order by c.startsAt")
    List<Closure> overlapping(@Param("from") Instant from, @Param("to") Instant to);

    @Query("select c from Closure c where c.endsAt > :from order by c.startsAt")
    List<Closure> from(@Param("from") Instant from);
}
