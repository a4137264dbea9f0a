package coop.toitcommun.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of bodies: planning them and who may see or prepare them. Preparing a meeting is for people holding
 * a current mandate on its body; a general assembly is prepared by those who run the entity (board, executive
 * committee, management). Who is convened: the body's current members, or for a general assembly the
 * associates (members, for an association) on the register on the meeting's day.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

    static final String COLUMNS = """
        m.id, m.entity_id, m.body_id, m.kind, m.title, m.call_number, m.first_call_id, m.starts_at, m.duration_minutes,
        m.mode, m.room_name, m.booking_id, m.address, m.video_link, m.answers_until, m.chair_id, m.secretary_id, m.created_by,
        m.cancel_reason""";

    private final JdbcClient jdbc;
    private final Entities entities;
    private final Mandates mandates;
    private final Registers registers;
    private final People people;
    private final Organisations organisations;
    private final HouseClock calendar;
    private final AuditLog audit;
    private final Clock clock;

    Meetings(JdbcClient jdbc, Entities entities, Mandates mandates, Registers registers, People people,
             Organisations organisations, HouseClock calendar, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.entities = entities;
        this.mandates = mandates;
        this.registers = registers;
        this.people = people;
        this.organisations = organisations;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Plans a meeting; its room, when one of the house's, is booked by the caller in the same transaction. A date
     * in the past is accepted here (recording a meeting held on paper); the planning form asks for a future one.
     */
    @Transactional
    public Meeting create(long actorId, NewMeeting meeting) {
        Body body = entities.body(meeting.bodyId()).orElseThrow(() -> new GovernanceNotFoundException("body " + meeting.bodyId()));
        requirePrepare(actorId, body);
        LegalEntity entity = entities.get(body.entityId());
        if (meeting.type().isGeneralAssembly() != (body.kind() == BodyKind.GENERAL_ASSEMBLY)) {
            throw new MeetingException("typeNotForBody");
        }
        if (!meeting.format().allowedBy(entity.meetingModes())) {
            throw new MeetingException("formatNotAllowed");
        }
        if (meeting.format().online() && blank(meeting.videoLink())) {
            throw new MeetingException("videoLinkMissing");
        }
        if (meeting.format() == MeetingFormat.WRITTEN_CONSULTATION
            && (meeting.answersUntil() == null || meeting.answersUntil().isAfter(meeting.start().plusMinutes(meeting.durationMinutes())))) {
            throw new MeetingException("answersUntilInvalid");
        }
        if (meeting.firstCallId() != null) {
            Meeting first = get(meeting.firstCallId());
            if (first.bodyId() != body.id() || first.callNumber() != 1 || !first.start().isBefore(meeting.start())) {
                throw new MeetingException("firstCallInvalid");
            }
        }
        Set<Long> members = eligible(body, meeting.start().toLocalDate()).stream().map(Eligible::personId)
            .filter(id -> id != null).collect(Collectors.toSet());
        if (body.kind() != BodyKind.GENERAL_ASSEMBLY && (!members.contains(meeting.chairId()) || !members.contains(meeting.secretaryId()))) {
            throw new MeetingException("chairOrSecretaryNotMember");
        }
        long id = jdbc.sql("""
                INSERT INTO governance.meeting (entity_id, body_id, kind, title, call_number, first_call_id, starts_at,
                    duration_minutes, mode, address, video_link, answers_until, chair_id, secretary_id, created_by, created_at)
                VALUES (:entity, :body, :kind, :title, :call, :first, :start, :duration, :mode, :address, :video, :until,
                    :chair, :secretary, :actor, :now) RETURNING id""")
            .param("entity", entity.id()).param("body", body.id()).param("kind", meeting.type().name())
            .param("title", meeting.title().trim()).param("call", meeting.firstCallId() == null ? 1 : 2)
            .param("first", meeting.firstCallId()).param("start", timestamp(meeting.start()))
            .param("duration", meeting.durationMinutes()).param("mode", meeting.format().name())
            .param("address", blankToNull(meeting.address())).param("video", blankToNull(meeting.videoLink()))
            .param("until", meeting.answersUntil() == null ? null : timestamp(meeting.answersUntil()))
            .param("chair", meeting.chairId()).param("secretary", meeting.secretaryId()).param("actor", actorId)
            .param("now", Timestamp.from(clock.instant()))
            .query(Long.class).single();
        return get(id);
    }

    /** Records the room booked for the meeting (through the venue, by the caller). */
    @Transactional
    public void attachRoom(long meetingId, long bookingId, String roomName) {
        jdbc.sql("UPDATE governance.meeting SET booking_id = :booking, room_name = :room, version = version + 1 WHERE id = :id")
            .param("booking", bookingId).param("room", roomName).param("id", meetingId).update();
    }

    public Optional<Meeting> find(long meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.meeting m WHERE m.id = :id").param("id", meetingId)
            .query(this::meeting).optional();
    }

    public Meeting get(long meetingId) {
        return find(meetingId).orElseThrow(() -> new GovernanceNotFoundException("meeting " + meetingId));
    }

    /** The statutes rule of the meeting's kind; meetings of other kinds follow the board's. */
    public MeetingRule rule(Meeting meeting) {
        return entities.meetingRules(meeting.entityId()).get(meeting.type().rulesKind());
    }

    /** A current member of the body, or for a general assembly someone who runs the entity. */
    public boolean mayPrepare(long personId, Meeting meeting) {
        return mayPrepare(personId, entities.body(meeting.bodyId()).orElseThrow());
    }

    public void requirePrepare(long personId, Meeting meeting) {
        if (!mayPrepare(personId, meeting)) {
            throw new MeetingAccessDeniedException("No current mandate to prepare meeting " + meeting.id());
        }
    }

    /** The meeting that holds a booking of the venue (its room), if one does. */
    public Optional<Long> holding(long bookingId) {
        return jdbc.sql("SELECT id FROM governance.meeting WHERE booking_id = :booking").param("booking", bookingId)
            .query(Long.class).optional();
    }

    /**
     * The meeting, for someone who may see it: those who prepare it and those convened.
     *
     * @throws MeetingAccessDeniedException for anyone else
     */
    public Meeting seenBy(long personId, long meetingId) {
        Meeting meeting = get(meetingId);
        requireView(personId, meeting);
        return meeting;
    }

    /**
     * The meeting, for someone who prepares it.
     *
     * @throws MeetingAccessDeniedException for anyone else
     */
    public Meeting preparedBy(long personId, long meetingId) {
        Meeting meeting = get(meetingId);
        requirePrepare(personId, meeting);
        return meeting;
    }

    /**
     * The body in which the person plans a meeting.
     *
     * @throws GovernanceNotFoundException when there is no such body
     * @throws MeetingAccessDeniedException when the person may not prepare its meetings
     */
    public Body bodyToPlan(long personId, long bodyId) {
        Body body = entities.body(bodyId).orElseThrow(() -> new GovernanceNotFoundException("body " + bodyId));
        requirePrepare(personId, body);
        return body;
    }

    /** The bodies in which the person may plan a meeting today: those held, and the assemblies of the entities they run. */
    public List<Body> plannableBodies(long personId) {
        List<Body> held = mandates.bodiesHeldBy(personId, calendar.today());
        Set<Long> runs = held.stream().filter(b -> b.kind().runsTheEntity()).map(Body::entityId).collect(Collectors.toSet());
        return entities.allBodies().stream()
            .filter(b -> b.kind() == BodyKind.GENERAL_ASSEMBLY ? runs.contains(b.entityId()) : held.contains(b)).toList();
    }

    /** Those who prepare it and those convened to it (directly, or through an organisation they are linked to). */
    public boolean mayView(long personId, Meeting meeting) {
        return mayPrepare(personId, meeting) || isConvened(personId, meeting);
    }

    public void requireView(long personId, Meeting meeting) {
        if (!mayView(personId, meeting)) {
            throw new MeetingAccessDeniedException("Not convened to meeting " + meeting.id());
        }
    }

    /** Whether the person is (or, before the convocation, would be) convened, in person or for an organisation. */
    public boolean isConvened(long personId, Meeting meeting) {
        Set<Long> linked = organisations.ofPerson(personId).stream().map(OrganisationRef::id).collect(Collectors.toSet());
        return eligible(entities.body(meeting.bodyId()).orElseThrow(), meeting.start().toLocalDate()).stream()
            .anyMatch(e -> (e.personId() != null && e.personId() == personId)
                || (e.organisationId() != null && linked.contains(e.organisationId())));
    }

    /** Who is convened to a meeting of this body on that day, with their college and votes. */
    public List<Eligible> eligible(Meeting meeting) {
        return eligible(entities.body(meeting.bodyId()).orElseThrow(), meeting.start().toLocalDate());
    }

    List<Eligible> eligible(Body body, LocalDate date) {
        if (body.kind() == BodyKind.GENERAL_ASSEMBLY) {
            LegalEntity entity = entities.get(body.entityId());
            boolean perShare = entity.legalForm() == LegalForm.SCI && entity.sciVotes() == SciVotes.PER_SHARE;
            return registers.register(body.entityId(), date).lines().stream()
                .map(line -> new Eligible(line.associate().holder().personId(), line.associate().holder().organisationId(),
                    line.associate().holderName(), line.associate().collegeId(), line.collegeName(),
                    perShare ? Math.max(1, line.shares()) : 1, line.shares()))
                .toList();
        }
        List<Long> personIds = jdbc.sql("""
                SELECT DISTINCT person_id FROM governance.mandate
                 WHERE body_id = :body AND starts_on <= :date AND (ends_on IS NULL OR ends_on >= :date)""")
            .param("body", body.id()).param("date", date).query(Long.class).list();
        Map<Long, PersonRef> names = personIds.isEmpty() ? Map.of() : people.findAll(personIds);
        return personIds.stream().map(id -> new Eligible(id, null, names.get(id).displayName(), null, null, 1, 0))
            .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /**
     * The body's members today whose mandate has a last day: by the rule of {@link #eligible}, a meeting after that
     * day does not convene them. None for a general assembly, which convenes the register's associates.
     */
    public List<HeldMandate> membersWithALastDay(Body body, LocalDate today) {
        return body.kind() == BodyKind.GENERAL_ASSEMBLY ? List.of() : mandates.currentWithAnEnd(body.id(), today);
    }

    /** Meetings the person prepares (current mandate on the body, or running the entity for its assemblies), not yet signed. */
    public List<Meeting> toPrepare(long personId) {
        LocalDate today = calendar.today();
        List<Body> held = mandates.bodiesHeldBy(personId, today);
        List<Long> bodies = held.stream().map(Body::id).toList();
        List<Long> runs = held.stream().filter(b -> b.kind().runsTheEntity()).map(Body::entityId).distinct().toList();
        if (bodies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM governance.meeting m
                WHERE (m.body_id IN (:bodies) OR (m.entity_id IN (:runs) AND m.kind IN ('ORDINARY_GA', 'EXTRAORDINARY_GA')))
                  AND NOT EXISTS (SELECT 1 FROM governance.minutes n WHERE n.meeting_id = m.id AND n.signed_at IS NOT NULL)
                  AND m.cancelled_at IS NULL
                ORDER BY m.starts_at""")
            .param("bodies", bodies).param("runs", runs.isEmpty() ? List.of(-1L) : runs).query(this::meeting).list();
    }

    /** Meetings the person was convened to (as a participant or for a linked organisation), from today on or unsigned. */
    public List<Meeting> convenedTo(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM governance.meeting m
                WHERE EXISTS (SELECT 1 FROM governance.participant p
                               WHERE p.meeting_id = m.id AND (p.person_id = :person OR p.organisation_id IN (
                                     SELECT organisation_id FROM membership.organisation_person WHERE person_id = :person)))
                  AND NOT EXISTS (SELECT 1 FROM governance.minutes n WHERE n.meeting_id = m.id AND n.signed_at IS NOT NULL)
                  AND m.cancelled_at IS NULL
                ORDER BY m.starts_at""")
            .param("person", personId).query(this::meeting).list();
    }

    /** The person's meetings to prepare and those they are convened to, unsigned: one statement. */
    public PersonMeetings of(long personId) {
        LocalDate today = calendar.today();
        List<String> running = Arrays.stream(BodyKind.values()).filter(BodyKind::runsTheEntity).map(Enum::name).toList();
        List<PersonMeetings.ToPrepare> toPrepare = new ArrayList<>();
        List<Meeting> convenedTo = new ArrayList<>();
        jdbc.sql("WITH held AS (" + Mandates.BODIES_HELD + ") SELECT " + COLUMNS + """
                ,
                       (m.body_id IN (SELECT id FROM held)
                        OR m.kind IN ('ORDINARY_GA', 'EXTRAORDINARY_GA')
                           AND m.entity_id IN (SELECT entity_id FROM held WHERE kind IN (:running))) AS prepares,
                       EXISTS (SELECT 1 FROM governance.participant p
                                WHERE p.meeting_id = m.id AND (p.person_id = :person OR p.organisation_id IN (
                                      SELECT organisation_id FROM membership.organisation_person WHERE person_id = :person)))
                           AS convened_to,
                       EXISTS (SELECT 1 FROM governance.convocation c WHERE c.meeting_id = m.id) AS convened,
                       (SELECT r.notice_days FROM governance.meeting_rule r WHERE r.entity_id = m.entity_id
                           AND r.meeting_kind = CASE m.kind WHEN 'ORDINARY_GA' THEN 'ORDINARY_GA'
                                                WHEN 'EXTRAORDINARY_GA' THEN 'EXTRAORDINARY_GA' ELSE 'BOARD' END) AS notice_days
                  FROM governance.meeting m
                 WHERE NOT EXISTS (SELECT 1 FROM governance.minutes n WHERE n.meeting_id = m.id AND n.signed_at IS NOT NULL)
                   AND m.cancelled_at IS NULL
                 ORDER BY m.starts_at""")
            .param("person", personId).param("date", today).param("running", running)
            .query(rs -> {
                Meeting meeting = meeting(rs, 0);
                if (rs.getBoolean("prepares")) {
                    toPrepare.add(new PersonMeetings.ToPrepare(meeting, rs.getBoolean("convened"), rs.getInt("notice_days")));
                }
                if (rs.getBoolean("convened_to")) {
                    convenedTo.add(meeting);
                }
            });
        return new PersonMeetings(toPrepare, convenedTo);
    }

    /** Several meetings by id, for lists. */
    public Map<Long, Meeting> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.meeting m WHERE m.id IN (:ids)").param("ids", ids)
            .query(this::meeting).list().stream().collect(Collectors.toMap(Meeting::id, m -> m));
    }

    /** The body's meeting just before this one, if any. */
    public Optional<Meeting> previous(Meeting meeting) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.meeting m WHERE m.body_id = :body AND m.starts_at < :start"
                + " ORDER BY m.starts_at DESC LIMIT 1")
            .param("body", meeting.bodyId()).param("start", timestamp(meeting.start())).query(this::meeting).optional();
    }

    /** Meetings of a body, latest first. */
    public List<Meeting> ofBody(long bodyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.meeting m WHERE m.body_id = :body ORDER BY m.starts_at DESC")
            .param("body", bodyId).query(this::meeting).list();
    }

    /** Refuses any change once the minutes are signed (the database refuses it too) or the meeting cancelled. */
    public void requireUnsigned(long meetingId) {
        String refusal = jdbc.sql("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM governance.minutes n WHERE n.meeting_id = :id AND n.signed_at IS NOT NULL)
                            THEN 'minutesSigned'
                            WHEN EXISTS (SELECT 1 FROM governance.meeting m WHERE m.id = :id AND m.cancelled_at IS NOT NULL)
                            THEN 'meetingCancelled' END""")
            .param("id", meetingId).query(String.class).optional().orElse(null);
        if (refusal != null) {
            throw new MeetingException(refusal);
        }
    }

    /**
     * Cancels a meeting, with the reason those convened will read: for those who prepare it, until its minutes are
     * signed. Its room, if booked, is released by the caller in the same transaction.
     */
    @Transactional
    public Meeting cancel(long actorId, long meetingId, String reason) {
        Meeting meeting = get(meetingId);
        requirePrepare(actorId, meeting);
        requireUnsigned(meetingId);
        if (blank(reason)) {
            throw new MeetingException("cancelReasonMissing");
        }
        jdbc.sql("UPDATE governance.meeting SET cancelled_at = :now, cancel_reason = :reason, version = version + 1 WHERE id = :id")
            .param("now", Timestamp.from(clock.instant())).param("reason", reason.trim()).param("id", meetingId).update();
        audit.record(onMeeting("MEETING_CANCELLED", actorId, meeting).change(when(meeting), null).detail(reason));
        return get(meetingId);
    }

    /**
     * Moves a meeting to another day or time: for those who prepare it, until its minutes are signed, never into
     * the past; a written consultation's answers must still close by its end. Its room, if booked, is moved by the
     * caller in the same transaction, and those already convened are told by the caller.
     */
    @Transactional
    public Meeting move(long actorId, long meetingId, LocalDateTime start, int durationMinutes) {
        Meeting meeting = get(meetingId);
        requirePrepare(actorId, meeting);
        requireUnsigned(meetingId);
        if (!start.isAfter(LocalDateTime.now(clock.withZone(calendar.zone())))) {
            throw new MeetingException("moveToThePast");
        }
        if (durationMinutes < 5 || durationMinutes > 1440) {
            throw new MeetingException("durationInvalid");
        }
        if (meeting.answersUntil() != null && meeting.answersUntil().isAfter(start.plusMinutes(durationMinutes))) {
            throw new MeetingException("answersUntilInvalid");
        }
        if (meeting.firstCallId() != null && !get(meeting.firstCallId()).start().isBefore(start)) {
            throw new MeetingException("firstCallInvalid");
        }
        jdbc.sql("UPDATE governance.meeting SET starts_at = :start, duration_minutes = :duration, version = version + 1 WHERE id = :id")
            .param("start", timestamp(start)).param("duration", durationMinutes).param("id", meetingId).update();
        Meeting moved = get(meetingId);
        audit.record(onMeeting("MEETING_MOVED", actorId, meeting).change(when(meeting), when(moved)));
        return moved;
    }

    private Decision onMeeting(String kind, long actorId, Meeting meeting) {
        return GovernanceDecisions.by(kind, actorId)
            .about("meeting", meeting.id(), GovernanceDecisions.label(entities.get(meeting.entityId()), meeting.title()));
    }

    private static String when(Meeting meeting) {
        return meeting.start().toLocalDate() + " " + meeting.start().toLocalTime() + " (" + meeting.durationMinutes() + " min)";
    }

    private boolean mayPrepare(long personId, Body body) {
        LocalDate today = calendar.today();
        if (body.kind() == BodyKind.GENERAL_ASSEMBLY) {
            return mandates.runsEntity(personId, body.entityId(), today);
        }
        return mandates.isCurrentMember(personId, body.id(), today);
    }

    private void requirePrepare(long personId, Body body) {
        if (!mayPrepare(personId, body)) {
            throw new MeetingAccessDeniedException("No current mandate in body " + body.id());
        }
    }

    Timestamp timestamp(LocalDateTime local) {
        return Timestamp.from(local.atZone(calendar.zone()).toInstant());
    }

    Meeting meeting(ResultSet rs, int n) throws SQLException {
        ZoneId zone = calendar.zone();
        Timestamp until = rs.getTimestamp("answers_until");
        return new Meeting(rs.getLong("id"), rs.getLong("entity_id"), rs.getLong("body_id"), MeetingType.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getInt("call_number"), (Long) rs.getObject("first_call_id"),
            LocalDateTime.ofInstant(rs.getTimestamp("starts_at").toInstant(), zone), rs.getInt("duration_minutes"),
            MeetingFormat.valueOf(rs.getString("mode")), rs.getString("room_name"), (Long) rs.getObject("booking_id"),
            rs.getString("address"), rs.getString("video_link"),
            until == null ? null : LocalDateTime.ofInstant(until.toInstant(), zone),
            rs.getLong("chair_id"), rs.getLong("secretary_id"), rs.getLong("created_by"), rs.getString("cancel_reason"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }

    /** Someone who would be convened: a person or an organisation, with college and votes. */
    public record Eligible(Long personId, Long organisationId, String name, Long collegeId, String collegeName, int votes,
                           int shares) {
    }
}
