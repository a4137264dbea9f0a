package coop.toitcommun.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.governance.rules.Deliberation;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a meeting: the statutory notice is checked (a general assembly convened too late is refused, a
 * board meeting only warned), who is convened is frozen as the meeting's participants, and the sending time,
 * recipients and the PDF's SHA-256 are kept as proof.
 */
@Service
@Transactional(readOnly = true)
public class Convocations {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final People people;
    private final HouseClock calendar;
    private final Clock clock;

    Convocations(JdbcClient jdbc, Meetings meetings, People people, HouseClock calendar, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The notice a convocation sent today would give. */
    public NoticeCheck notice(Meeting meeting) {
        return Deliberation.notice(calendar.today(), meeting.start().toLocalDate(), meetings.rule(meeting).noticeDays());
    }

    /** Sending late is refused for a general assembly; for other meetings it is allowed with a warning. */
    public static boolean lateIsRefused(Meeting meeting) {
        return meeting.type().isGeneralAssembly();
    }

    /**
     * Everyone the convocation goes to: each convened person, and for an organisation the people linked to it.
     * Three queries whatever the number.
     */
    public List<Convocation.Recipient> recipients(Meeting meeting) {
        List<Meetings.Eligible> eligible = meetings.eligible(meeting);
        Set<Long> personIds = eligible.stream().map(Meetings.Eligible::personId).filter(id -> id != null).collect(Collectors.toSet());
        List<Long> organisationIds = eligible.stream().map(Meetings.Eligible::organisationId).filter(id -> id != null).toList();
        Map<String, Convocation.Recipient> recipients = new LinkedHashMap<>();
        Map<Long, PersonRef> persons = personIds.isEmpty() ? Map.of() : people.findAll(personIds);
        for (Meetings.Eligible e : eligible) {
            if (e.personId() != null && persons.containsKey(e.personId())) {
                PersonRef person = persons.get(e.personId());
                recipients.putIfAbsent(person.email(), new Convocation.Recipient(person.email(), person.displayName()));
            }
        }
        if (!organisationIds.isEmpty()) {
            jdbc.sql("""
                    SELECT p.email, p.display_name, o.name FROM membership.organisation_person l
                      JOIN membership.person p ON p.id = l.person_id JOIN membership.organisation o ON o.id = l.organisation_id
                     WHERE l.organisation_id IN (:organisations) ORDER BY o.name, p.display_name""")
                .param("organisations", organisationIds)
                .query((rs, n) -> new Convocation.Recipient(rs.getString(1), rs.getString(2) + " (" + rs.getString(3) + ")")).list()
                .forEach(r -> recipients.putIfAbsent(r.email(), r));
        }
        return new ArrayList<>(recipients.values());
    }

    /**
     * Records the convocation: who is convened (frozen as participants), when, to whom, and the SHA-256 of the PDF
     * sent. The caller emails the PDF after this returns, in the same transaction.
     */
    @Transactional
    public Convocation convene(long actorId, long meetingId, byte[] pdf) {
        return convene(actorId, meetingId, pdf, clock.instant());
    }

    /**
     * Records the convocation of a meeting already held, sent on paper at {@code sentAt}: for archiving meetings
     * held before the application was used. The notice is checked against that date.
     */
    @Transactional
    public Convocation recordSent(long actorId, long meetingId, byte[] pdf, Instant sentAt) {
        if (!sentAt.isBefore(clock.instant())) {
            throw new MeetingException("sentInTheFuture");
        }
        return convene(actorId, meetingId, pdf, sentAt);
    }

    private Convocation convene(long actorId, long meetingId, byte[] pdf, Instant sentAt) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meetingId);
        jdbc.sql("SELECT id FROM governance.meeting WHERE id = :id FOR UPDATE").param("id", meetingId).query(Long.class).single();
        if (find(meetingId).isPresent()) {
            throw new MeetingException("alreadyConvened");
        }
        boolean hasItems = jdbc.sql("SELECT count(*) > 0 FROM governance.agenda_item WHERE meeting_id = :id").param("id", meetingId)
            .query(Boolean.class).single();
        if (!hasItems) {
            throw new MeetingException("agendaEmpty");
        }
        NoticeCheck notice = Deliberation.notice(LocalDate.ofInstant(sentAt, calendar.zone()), meeting.start().toLocalDate(),
            meetings.rule(meeting).noticeDays());
        if (!notice.inTime() && lateIsRefused(meeting)) {
            throw new MeetingException("noticeTooLate", Integer.toString(notice.daysRequired()), notice.lastDay().toString());
        }
        for (Meetings.Eligible e : meetings.eligible(meeting)) {
            jdbc.sql("""
                    INSERT INTO governance.participant (meeting_id, person_id, organisation_id, name, college_id, college_name, votes, shares)
                    VALUES (:meeting, :person, :organisation, :name, :college, :collegeName, :votes, :shares)""")
                .param("meeting", meetingId).param("person", e.personId()).param("organisation", e.organisationId())
                .param("name", e.name()).param("college", e.collegeId()).param("collegeName", e.collegeName())
                .param("votes", e.votes()).param("shares", e.shares()).update();
        }
        List<Convocation.Recipient> recipients = recipients(meeting);
        Timestamp now = Timestamp.from(sentAt);
        jdbc.sql("""
                INSERT INTO governance.convocation (meeting_id, sent_at, sent_by, notice_days, late, pdf_sha256)
                VALUES (:meeting, :now, :actor, :days, :late, :sha)""")
            .param("meeting", meetingId).param("now", now).param("actor", actorId).param("days", (int) notice.daysGiven())
            .param("late", !notice.inTime()).param("sha", sha256(pdf)).update();
        for (Convocation.Recipient recipient : recipients) {
            jdbc.sql("INSERT INTO governance.convocation_recipient (meeting_id, email, name) VALUES (:meeting, :email, :name)")
                .param("meeting", meetingId).param("email", recipient.email()).param("name", recipient.name()).update();
        }
        return find(meetingId).orElseThrow();
    }

    public Optional<Convocation> find(long meetingId) {
        return jdbc.sql("SELECT meeting_id, sent_at, sent_by, notice_days, late, pdf_sha256 FROM governance.convocation WHERE meeting_id = :meeting")
            .param("meeting", meetingId)
            .query((rs, n) -> new Convocation(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getInt(4),
                rs.getBoolean(5), rs.getString(6), List.<Convocation.Recipient>of()))
            .optional()
            .map(sent -> new Convocation(sent.meetingId(), sent.sentAt(), sent.sentBy(), sent.noticeDays(), sent.late(),
                sent.pdfSha256(), jdbc.sql("SELECT email, name FROM governance.convocation_recipient WHERE meeting_id = :meeting ORDER BY name")
                    .param("meeting", meetingId).query((rs, n) -> new Convocation.Recipient(rs.getString(1), rs.getString(2))).list()));
    }

    /** Which of these meetings have been convened: one query. */
    public Set<Long> convened(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT meeting_id FROM governance.convocation WHERE meeting_id IN (:ids)").param("ids", meetingIds)
            .query(Long.class).set();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
