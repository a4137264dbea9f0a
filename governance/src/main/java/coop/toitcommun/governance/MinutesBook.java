package coop.toitcommun.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.PasswordConfirmations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes and the entity's register of minutes. The secretary drafts from what was recorded (attendance,
 * quorum, votes) plus a summary per item; the chair and the secretary sign (the caller has checked their
 * password). With both signatures the minutes take the next number of the entity's register, their content is
 * frozen with its SHA-256, and the database refuses any later change; corrections are signed errata.
 */
@Service
@Transactional(readOnly = true)
public class MinutesBook {

    private static final String COLUMNS = """
        meeting_id, entity_id, debates, chair_signed_at, secretary_signed_at, number, content, sha256, signed_at""";

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Agendas agendas;
    private final Deliberations deliberations;
    private final Convocations convocations;
    private final Entities entities;
    private final People people;
    private final Clock clock;
    private final PasswordConfirmations confirmations;
    private final AuditLog audit;

    MinutesBook(JdbcClient jdbc, Meetings meetings, Agendas agendas, Deliberations deliberations, Convocations convocations,
                Entities entities, People people, Clock clock, PasswordConfirmations confirmations, AuditLog audit) {
        this.confirmations = confirmations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.agendas = agendas;
        this.deliberations = deliberations;
        this.convocations = convocations;
        this.entities = entities;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The meeting's convocation and minutes in one statement (and the convocation's recipients in a second, once
     * it was sent).
     */
    public MeetingPapers papers(long meetingId) {
        List<Optional<Minutes>> minutes = new ArrayList<>(1);
        List<Boolean> convened = new ArrayList<>(1);
        jdbc.sql("SELECT " + COLUMNS.replaceAll("(\\w+)", "n.$1") + """
                , c.meeting_id IS NOT NULL AS convened
                  FROM (SELECT CAST(:meeting AS bigint) AS id) AS asked
                  LEFT JOIN governance.minutes n ON n.meeting_id = asked.id
                  LEFT JOIN governance.convocation c ON c.meeting_id = asked.id""")
            .param("meeting", meetingId)
            .query(rs -> {
                minutes.add(rs.getObject(1) == null ? Optional.empty() : Optional.of(minutes(rs, 0)));
                convened.add(rs.getBoolean("convened"));
            });
        return new MeetingPapers(convened.get(0) ? convocations.find(meetingId) : Optional.empty(), minutes.get(0));
    }

    /**
     * The meeting whose draft minutes the person reads: those who prepare it, and its chair and secretary.
     *
     * @throws MeetingAccessDeniedException for anyone else
     */
    public Meeting draftReadBy(long personId, long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (!isOfficer(personId, meeting) && !meetings.mayPrepare(personId, meeting)) {
            throw new MeetingAccessDeniedException("Minutes draft of " + meeting.id());
        }
        return meeting;
    }

    public boolean isOfficer(long personId, Meeting meeting) {
        return meeting.chairId() == personId || meeting.secretaryId() == personId;
    }

    public Optional<Minutes> find(long meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.minutes WHERE meeting_id = :meeting").param("meeting", meetingId)
            .query(MinutesBook::minutes).optional();
    }

    /** Saves the secretary's draft: the summary of debates, a summary per item, and which items stay unfinished. */
    @Transactional
    public void saveDraft(long actorId, long meetingId, String debates, Map<Long, String> summaries, Set<Long> unfinished) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meetingId);
        upsert(meeting);
        jdbc.sql("UPDATE governance.minutes SET debates = :debates WHERE meeting_id = :meeting")
            .param("debates", debates == null ? "" : debates.trim()).param("meeting", meetingId).update();
        for (AgendaItem item : agendas.items(meetingId)) {
            jdbc.sql("UPDATE governance.agenda_item SET summary = :summary, unfinished = :unfinished WHERE id = :id")
                .param("summary", summaries.getOrDefault(item.id(), item.summary()).trim())
                .param("unfinished", unfinished.contains(item.id())).param("id", item.id()).update();
        }
    }

    /**
     * Signs as the meeting's chair, its secretary, or both when one person holds both roles. The second
     * signature closes the minutes: next number in the entity's register, frozen content and its SHA-256.
     * The signer types their password again (throttled, counted apart from signing in): a stolen session cannot sign.
     *
     * @throws coop.toitcommun.membership.TooManyAttemptsException after too many wrong passwords
     * @throws coop.toitcommun.membership.WrongPasswordException when the password is not the signer's
     */
    @Transactional
    public Minutes sign(long personId, long meetingId, String password, String clientAddress) {
        Meeting meeting = meetings.get(meetingId);
        boolean chair = meeting.chairId() == personId;
        boolean secretary = meeting.secretaryId() == personId;
        if (!chair && !secretary) {
            throw new MeetingAccessDeniedException("Only the chair and the secretary sign the minutes of " + meetingId);
        }
        confirmations.confirm(personId, password, clientAddress);
        meetings.requireUnsigned(meetingId);
        if (convocations.find(meetingId).isEmpty()) {
            throw new MeetingException("notConvened");
        }
        upsert(meeting);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE governance.minutes SET chair_signed_at = CASE WHEN :chair THEN :now ELSE chair_signed_at END,
                       secretary_signed_at = CASE WHEN :secretary THEN :now ELSE secretary_signed_at END
                 WHERE meeting_id = :meeting""")
            .param("chair", chair).param("secretary", secretary).param("now", now).param("meeting", meetingId).update();
        Minutes minutes = find(meetingId).orElseThrow();
        if (minutes.chairSignedAt() != null && minutes.secretarySignedAt() != null) {
            entities.lock(meeting.entityId());
            int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM governance.minutes WHERE entity_id = :entity")
                .param("entity", meeting.entityId()).query(Integer.class).single();
            String content = content(meeting, minutes.debates(), number);
            jdbc.sql("""
                    UPDATE governance.minutes SET number = :number, content = :content, sha256 = :sha, signed_at = :now
                     WHERE meeting_id = :meeting""")
                .param("number", number).param("content", content).param("sha", Convocations.sha256(content))
                .param("now", now).param("meeting", meetingId).update();
        }
        Minutes signed = find(meetingId).orElseThrow();
        audit.record(onMinutes("MINUTES_SIGNED", personId, meeting).change(null, (chair ? "CHAIR" : "SECRETARY")
            + (signed.signed() ? " · n° " + signed.number() + " · " + signed.sha256() : "")));
        return signed;
    }

    /** Appends a correction to signed minutes, signed by their chair or secretary with their password, as minutes are. */
    @Transactional
    public Erratum addErratum(long personId, long meetingId, String text, String password, String clientAddress) {
        Meeting meeting = meetings.get(meetingId);
        if (!isOfficer(personId, meeting)) {
            throw new MeetingAccessDeniedException("Only the chair and the secretary correct the minutes of " + meetingId);
        }
        confirmations.confirm(personId, password, clientAddress);
        Minutes minutes = find(meetingId).filter(Minutes::signed).orElseThrow(() -> new MeetingException("minutesNotSigned"));
        if (text == null || text.isBlank()) {
            throw new MeetingException("erratumEmpty");
        }
        Instant now = clock.instant();
        String sha = Convocations.sha256(minutes.sha256() + "\n" + now + "\n" + personId + "\n" + text.trim());
        long id = jdbc.sql("""
                INSERT INTO governance.erratum (meeting_id, text, signed_by, signed_at, sha256)
                VALUES (:meeting, :text, :person, :now, :sha) RETURNING id""")
            .param("meeting", meetingId).param("text", text.trim()).param("person", personId).param("now", Timestamp.from(now))
            .param("sha", sha).query(Long.class).single();
        audit.record(onMinutes("MINUTES_ERRATUM_SIGNED", personId, meeting).change(minutes.sha256(), sha).detail(text));
        return errata(meetingId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private Decision onMinutes(String kind, long personId, Meeting meeting) {
        return GovernanceDecisions.by(kind, personId)
            .about("minutes", meeting.id(), GovernanceDecisions.label(entities.get(meeting.entityId()), meeting.title()));
    }

    public List<Erratum> errata(long meetingId) {
        List<Erratum> errata = jdbc.sql("SELECT id, meeting_id, text, signed_by, signed_at, sha256 FROM governance.erratum WHERE meeting_id = :meeting ORDER BY id")
            .param("meeting", meetingId)
            .query((rs, n) -> new Erratum(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), null, rs.getTimestamp(5).toInstant(), rs.getString(6)))
            .list();
        Set<Long> signers = errata.stream().map(Erratum::signedBy).collect(Collectors.toSet());
        Map<Long, PersonRef> names = signers.isEmpty() ? Map.of() : people.findAll(signers);
        return errata.stream().map(e -> new Erratum(e.id(), e.meetingId(), e.text(), e.signedBy(), names.get(e.signedBy()).displayName(),
            e.signedAt(), e.sha256())).toList();
    }

    /** The entity's register of minutes: signed minutes in number order. */
    public List<Minutes> register(long entityId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance.minutes WHERE entity_id = :entity AND signed_at IS NOT NULL ORDER BY number")
            .param("entity", entityId).query(MinutesBook::minutes).list();
    }

    /** The latest signed minutes of every entity, for members' dashboards. */
    /** The last {@code limit} signed minutes with their meeting's title, latest first: one statement. */
    public List<PublishedMinutes> latestPublished(int limit) {
        return jdbc.sql("""
                SELECT n.meeting_id, m.title FROM governance.minutes n JOIN governance.meeting m ON m.id = n.meeting_id
                 WHERE n.signed_at IS NOT NULL ORDER BY n.signed_at DESC LIMIT :limit""")
            .param("limit", limit).query((rs, n) -> new PublishedMinutes(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The frozen text of the minutes, as hashed: everything the law asks them to hold, from what was recorded.
     * The PDF shows the same facts, laid out.
     */
    String content(Meeting meeting, String debates, int number) {
        LegalEntity entity = entities.get(meeting.entityId());
        Body body = entities.body(meeting.bodyId()).orElseThrow();
        List<Participant> participants = deliberations.participants(meeting.id());
        QuorumOutcome quorum = deliberations.quorum(meeting, participants);
        Map<Long, VoteOutcome> outcomes = deliberations.outcomes(meeting);
        Convocation convocation = convocations.find(meeting.id()).orElseThrow();
        Map<Long, PersonRef> officers = people.findAll(List.of(meeting.chairId(), meeting.secretaryId()));
        StringBuilder text = new StringBuilder();
        line(text, "register", entity.name() + " – n° " + number);
        line(text, "meeting", meeting.title() + " – " + body.name() + " – " + meeting.type() + " – call " + meeting.callNumber());
        line(text, "date", meeting.start() + " – " + meeting.durationMinutes() + " min");
        line(text, "mode", meeting.format().name());
        line(text, "place", String.join(" ", nonNull(meeting.roomName(), meeting.address(), meeting.videoLink())));
        line(text, "convened", convocation.sentAt() + " – " + convocation.recipients().size() + " recipients – notice "
            + convocation.noticeDays() + " days – pdf " + convocation.pdfSha256());
        line(text, "chair", officers.get(meeting.chairId()).displayName());
        line(text, "secretary", officers.get(meeting.secretaryId()).displayName());
        Map<Long, String> names = participants.stream().collect(Collectors.toMap(Participant::id, Participant::name));
        for (Participant p : participants) {
            line(text, "attendance", p.name() + (p.collegeName() == null ? "" : " [" + p.collegeName() + "]") + " – " + p.attendance()
                + (p.proxyHolderId() == null ? "" : " – proxy " + names.get(p.proxyHolderId())) + " – votes " + p.votes());
        }
        line(text, "quorum", quorum.present() + "/" + quorum.total() + " " + quorum.basis() + " – required " + quorum.requiredPct()
            + " % – " + (quorum.reached() ? "reached" : "not reached"));
        line(text, "debates", debates);
        for (AgendaItem item : agendas.items(meeting.id())) {
            line(text, "item " + item.position(), item.title() + " – " + item.kind());
            item.documents().forEach(d -> line(text, "document", d.fileName()));
            line(text, "summary", item.summary());
            if (item.resolution() != null) {
                line(text, "resolution", item.resolution().text());
                VoteOutcome outcome = outcomes.get(item.id());
                if (outcome == null) {
                    line(text, "result", "not voted");
                } else {
                    outcome.counts().forEach(c -> line(text, "count", (c.college().isEmpty() ? "all" : c.college()) + " " + c.weightPct()
                        + " % – for " + c.votesFor() + " – against " + c.votesAgainst() + " – abstain " + c.abstentions()));
                    line(text, "result", outcome.formula() + " – " + outcome.majority() + " – "
                        + (outcome.adopted() ? "ADOPTED" : outcome.noDecision() ? "NO DECISION" : "REJECTED"));
                }
            }
        }
        return text.toString();
    }

    private void upsert(Meeting meeting) {
        jdbc.sql("INSERT INTO governance.minutes (meeting_id, entity_id) VALUES (:meeting, :entity) ON CONFLICT (meeting_id) DO NOTHING")
            .param("meeting", meeting.id()).param("entity", meeting.entityId()).update();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(": ").append(value == null ? "" : value.replace('\n', ' ')).append('\n');
    }

    private static Minutes minutes(ResultSet rs, int n) throws SQLException {
        Timestamp chair = rs.getTimestamp(4);
        Timestamp secretary = rs.getTimestamp(5);
        Timestamp signed = rs.getTimestamp(9);
        return new Minutes(rs.getLong(1), rs.getLong(2), rs.getString(3), chair == null ? null : chair.toInstant(),
            secretary == null ? null : secretary.toInstant(), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
            signed == null ? null : signed.toInstant());
    }
}
