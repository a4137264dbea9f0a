package coop.toitcommun.venue.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findByArchivedFalseOrderByName();

    List<Room> findAllByOrderByArchivedAscNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
