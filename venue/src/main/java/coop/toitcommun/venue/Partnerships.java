package coop.toitcommun.venue;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.venue.internal.Room;
import coop.toitcommun.venue.internal.RoomRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request's house's side of its reciprocity agreements with the other houses of the deployment, and the rooms it
 * opens to partners, both kept by its staff. Each house writes only what it grants; it reads what it is granted.
 */
@Service
@Transactional(readOnly = true)
public class Partnerships {

    public static final int MAX_HOURS_PER_MONTH = 744;

    private final JdbcClient jdbc;
    private final Houses houses;
    private final Organisations organisations;
    private final RoomRepository rooms;
    private final AuditLog audit;
    private final HouseClock time;

    Partnerships(JdbcClient jdbc, Houses houses, Organisations organisations, RoomRepository rooms, AuditLog audit,
                 HouseClock time) {
        this.jdbc = jdbc;
        this.houses = houses;
        this.organisations = organisations;
        this.rooms = rooms;
        this.audit = audit;
        this.time = time;
    }

    /** Every other house of the deployment, by name, with what each side grants: one statement. */
    public List<PartnerAgreement> agreements() {
        long here = here();
        Map<Long, Integer> granted = new HashMap<>();
        Map<Long, Integer> received = new HashMap<>();
        jdbc.sql("SELECT house_id, partner_house_id, hours_per_month FROM venue.partnership").query(rs -> {
            if (rs.getLong(1) == here) {
                granted.put(rs.getLong(2), rs.getInt(3));
            } else {
                received.put(rs.getLong(1), rs.getInt(3));
            }
        });
        return houses.all().stream().filter(h -> h.id() != here)
            .map(h -> new PartnerAgreement(h, granted.get(h.id()), received.get(h.id()))).toList();
    }

    /** The agreement with one house, in force or not. */
    public PartnerAgreement agreementWith(long partnerHouseId) {
        return agreements().stream().filter(a -> a.partner().id() == partnerHouseId).findFirst()
            .orElseThrow(() -> new VenueNotFoundException("house " + partnerHouseId));
    }

    /**
     * The house grants a partner house's members {@code hours} a month in its rooms open to partners (0 suspends).
     * The first signature registers the partner house as an organisation of this house (a partner place), for which
     * its members then book; an organisation of that name already in that circle is the one.
     */
    @Transactional
    public void grant(Actor actor, long partnerHouseId, int hours) {
        Rooms.requireStaff(actor);
        House partner = houses.byId(partnerHouseId).filter(h -> h.id() != here())
            .orElseThrow(() -> new VenueNotFoundException("house " + partnerHouseId));
        if (hours < 0 || hours > MAX_HOURS_PER_MONTH) {
            throw new BookingRefusedException("venue.partners.refused.hours", MAX_HOURS_PER_MONTH);
        }
        Integer before = agreementWith(partnerHouseId).granted();
        if (Objects.equals(before, hours)) {
            return;
        }
        long organisation = before != null ? partnerOrganisation(partnerHouseId)
            : organisations.findByName(partner.name()).filter(o -> o.circle() == Circle.PARTNER_PLACE)
                .orElseGet(() -> organisations.register(partner.name(), OrganisationStatus.MEMBER, Circle.PARTNER_PLACE))
                .id();
        jdbc.sql("""
                INSERT INTO venue.partnership (partner_house_id, hours_per_month, organisation_id, signed_by, signed_at)
                VALUES (:partner, :hours, :organisation, :person, :now)
                ON CONFLICT (house_id, partner_house_id) DO UPDATE
                   SET hours_per_month = EXCLUDED.hours_per_month, signed_by = EXCLUDED.signed_by,
                       signed_at = EXCLUDED.signed_at""")
            .param("partner", partnerHouseId).param("hours", hours).param("organisation", organisation)
            .param("person", actor.personId()).param("now", Timestamp.from(time.now())).update();
        audit.record(Decision.of("venue", "PARTNERSHIP_CHANGED", actor.personId())
            .about("house", partnerHouseId, partner.name()).organisation(organisation)
            .change(before == null ? "—" : before + " h", hours + " h"));
    }

    /** Opens a room to the members of partner houses, or closes it to new partner bookings. */
    @Transactional
    public void openToPartners(Actor actor, long roomId, boolean open) {
        Rooms.requireStaff(actor);
        Room room = rooms.findById(roomId).orElseThrow(() -> new VenueNotFoundException("room " + roomId));
        if (room.isOpenToPartners() != open) {
            room.setOpenToPartners(open);
            audit.record(Decision.of("venue", "ROOM_OPENED_TO_PARTNERS", actor.personId())
                .about("room", roomId, room.getName()).change(!open, open));
        }
    }

    /** The house's rooms that are not archived, with whether each is open to partners, by name. */
    public List<PartnerRoomChoice> roomChoices(Actor actor) {
        Rooms.requireStaff(actor);
        return rooms.findByArchivedFalseOrderByName().stream()
            .map(r -> new PartnerRoomChoice(r.getId(), r.getName(), r.isOpenToPartners())).toList();
    }

    /** The rooms open to partners: what a partner's member may book. */
    List<RoomView> openRooms() {
        return rooms.findByArchivedFalseOrderByName().stream().filter(Room::isOpenToPartners).map(Rooms::viewOf).toList();
    }

    /** The organisation that stands for a partner house in this house. */
    long partnerOrganisation(long partnerHouseId) {
        return jdbc.sql("SELECT organisation_id FROM venue.partnership WHERE house_id = membership.current_house()"
                + " AND partner_house_id = :partner")
            .param("partner", partnerHouseId).query(Long.class).single();
    }

    private static long here() {
        return CurrentHouse.id().orElseThrow(() -> new IllegalStateException("no house"));
    }

    /** A room and whether partners may book it. */
    public record PartnerRoomChoice(long roomId, String name, boolean open) {
    }
}
