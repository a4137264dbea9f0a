package coop.toitcommun.venue;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a wanted time collides with, and what to do instead: the colliding booking (its title only when public
 * or the asker's own, else null), the nearest free slots of the same length in the same room, and other
 * rooms free at the wanted time with enough places.
 */
public record Conflict(String collidingTitle, LocalDateTime collidingStart, LocalDateTime collidingEnd,
                       List<FreeSlot> nearestSlots, List<RoomView> freeRooms) {
}
