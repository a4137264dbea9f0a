package coop.toitcommun.venue;

import java.util.List;

import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rooms of the house; employees and admins manage them, everybody signed in sees them. */
@Service
@Transactional(readOnly = true)
public class Rooms {

    private final RoomRepository rooms;

    Rooms(RoomRepository rooms) {
        this.rooms = rooms;
    }

    /** Rooms that can be booked, by name. */
    public List<RoomView> bookable() {
        return rooms.findByArchivedFalseOrderByName().stream().map(Rooms::viewOf).toList();
    }

    /** Every room, archived ones last: for employees. */
    public List<RoomView> all() {
        return rooms.findAllByOrderByArchivedAscNameAsc().stream().map(Rooms::viewOf).toList();
    }

    /** The rooms a person sees: the staff see archived ones too. */
    public List<RoomView> visibleTo(Actor actor) {
        return actor.staff() ? all() : bookable();
    }

    /** A room as its edit form shows it, for the staff who manage rooms. */
    public RoomView forEditing(Actor actor, long id) {
        requireStaff(actor);
        return get(id);
    }

    /** Only the staff open the form of a new room; anybody else is refused here. */
    public void checkMayCreate(Actor actor) {
        requireStaff(actor);
    }

    public RoomView get(long id) {
        return rooms.findById(id).map(Rooms::viewOf).orElseThrow(() -> new VenueNotFoundException("room " + id));
    }

    @Transactional
    public RoomView create(Actor actor, RoomCommand command) {
        requireStaff(actor);
        Room room = new Room(command.name().trim());
        apply(room, command);
        return viewOf(rooms.saveAndFlush(room));
    }

    @Transactional
    public RoomView update(Actor actor, long id, long version, RoomCommand command) {
        requireStaff(actor);
        Room room = rooms.findById(id).orElseThrow(() -> new VenueNotFoundException("room " + id));
        if (room.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Room.class, id);
        }
        apply(room, command);
        return viewOf(rooms.saveAndFlush(room));
    }

    /** Archived rooms take no new booking; their history stays. */
    @Transactional
    public void archive(Actor actor, long id, boolean archived) {
        requireStaff(actor);
        rooms.findById(id).orElseThrow(() -> new VenueNotFoundException("room " + id)).setArchived(archived);
    }

    static void requireStaff(Actor actor) {
        if (!actor.staff()) {
            throw new VenueAccessDeniedException("employees only");
        }
    }

    private static void apply(Room room, RoomCommand c) {
        room.describe(c.name().trim(), blankIfNull(c.description()), c.capacity(), blankIfNull(c.floor()), c.stepFree(),
            blankIfNull(c.equipment()), c.openToHosted(), c.openToOutside(), c.approvalRequired(), c.minMinutes(),
            c.maxMinutes(), c.maxDaysAhead(), c.bufferMinutes(), c.rateMember(), c.rateHosted(), c.rateOutside(),
            c.rateSolidarity());
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.trim();
    }

    static RoomView viewOf(Room r) {
        return new RoomView(r.getId(), r.getName(), r.getDescription(), r.getCapacity(), r.getFloor(), r.isStepFree(),
            r.getEquipment(), r.isOpenToHosted(), r.isOpenToOutside(), r.isApprovalRequired(), r.getMinMinutes(),
            r.getMaxMinutes(), r.getMaxDaysAhead(), r.getBufferMinutes(), r.getRateMember(), r.getRateHosted(),
            r.getRateOutside(), r.getRateSolidarity(), r.isArchived(), r.getVersion());
    }
}
