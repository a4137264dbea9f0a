package coop.toitcommun.governance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.governance.rules.Deliberation;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the day: the attendance sheet and proxies, the live quorum, the votes on each resolution (per college in a
 * SCIC, per share in an SCI voting so, per person otherwise) and the answers of a written consultation.
 */
@Service
@Transactional(readOnly = true)
public class Deliberations {

    private static final BigDecimal ALL = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Entities entities;
    private final Organisations organisations;
    private final HouseClock calendar;
    private final Clock clock;

    Deliberations(JdbcClient jdbc, Meetings meetings, Entities entities, Organisations organisations, HouseClock calendar,
                  Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.entities = entities;
        this.organisations = organisations;
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<Participant> participants(long meetingId) {
        return jdbc.sql("""
                SELECT id, meeting_id, person_id, organisation_id, name, college_id, college_name, votes, shares, attendance, proxy_holder_id
                  FROM governance.participant WHERE meeting_id = :meeting ORDER BY college_name NULLS FIRST, name""")
            .param("meeting", meetingId).query(Deliberations::participant).list();
    }

    /**
     * Records the whole attendance sheet. A proxy holder must be a participant who is present, and holds at most
     * the statutes' number of proxies.
     */
    @Transactional
    public void recordAttendance(long actorId, long meetingId, List<AttendanceEntry> sheet) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meetingId);
        Map<Long, Participant> participants = participants(meetingId).stream()
            .collect(Collectors.toMap(Participant::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        if (participants.isEmpty()) {
            throw new MeetingException("notConvened");
        }
        Map<Long, AttendanceEntry> entries = new HashMap<>();
        for (AttendanceEntry entry : sheet) {
            if (!participants.containsKey(entry.participantId())) {
                throw new GovernanceNotFoundException("participant " + entry.participantId());
            }
            entries.put(entry.participantId(), entry);
        }
        int maxProxies = entities.get(meeting.entityId()).maxProxies();
        Map<Long, Integer> held = new HashMap<>();
        for (AttendanceEntry entry : entries.values()) {
            if (entry.attendance() != Attendance.REPRESENTED) {
                continue;
            }
            Participant represented = participants.get(entry.participantId());
            Long holderId = entry.proxyHolderId();
            AttendanceEntry holder = holderId == null ? null : entries.get(holderId);
            Attendance holderAttendance = holder != null ? holder.attendance()
                : holderId != null && participants.containsKey(holderId) ? participants.get(holderId).attendance() : null;
            if (holderId == null || holderId == entry.participantId() || holderAttendance != Attendance.PRESENT) {
                throw new MeetingException("proxyHolderNotPresent", represented.name());
            }
            int count = held.merge(holderId, 1, Integer::sum);
            if (!Deliberation.mayTakeProxy(count - 1, maxProxies)) {
                throw new MeetingException("proxyCap", participants.get(holderId).name(), Integer.toString(maxProxies));
            }
        }
        jdbc.sql("UPDATE governance.participant SET proxy_holder_id = NULL, attendance = CASE WHEN attendance = 'REPRESENTED' THEN 'ABSENT' ELSE attendance END WHERE meeting_id = :meeting")
            .param("meeting", meetingId).update();
        for (AttendanceEntry entry : entries.values()) {
            if (entry.attendance() != Attendance.REPRESENTED) {
                update(entry.participantId(), entry.attendance(), null);
            }
        }
        for (AttendanceEntry entry : entries.values()) {
            if (entry.attendance() == Attendance.REPRESENTED) {
                update(entry.participantId(), entry.attendance(), entry.proxyHolderId());
            }
        }
    }

    /** The quorum now, from the statutes of the meeting's kind and its call (first or second). */
    public QuorumOutcome quorum(Meeting meeting) {
        return quorum(meeting, participants(meeting.id()));
    }

    public QuorumOutcome quorum(Meeting meeting, List<Participant> participants) {
        MeetingRule rule = meetings.rule(meeting);
        BigDecimal required = meeting.callNumber() == 1 ? rule.quorumFirstPct() : rule.quorumSecondPct();
        boolean byShares = rule.quorumBasis() == QuorumBasis.SHARES;
        long total = participants.stream().mapToLong(p -> byShares ? p.shares() : 1).sum();
        long present = participants.stream().filter(p -> counts(meeting, p)).mapToLong(p -> byShares ? p.shares() : 1).sum();
        return Deliberation.quorum(rule.quorumBasis(), meeting.callNumber(), required, present, total);
    }

    /** The columns of the vote sheet: the SCIC's colleges at a general assembly, else one column for all. */
    public List<Ballot> ballots(Meeting meeting, List<Participant> participants) {
        LegalEntity entity = entities.get(meeting.entityId());
        List<College> colleges = meeting.type().isGeneralAssembly() && entity.legalForm().isScic() ? entities.colleges(entity.id()) : List.of();
        if (colleges.isEmpty()) {
            int power = participants.stream().filter(p -> counts(meeting, p)).mapToInt(Participant::votes).sum();
            return List.of(new Ballot("", null, ALL, power));
        }
        return colleges.stream().map(c -> new Ballot(c.name(), c.id(), c.weightPct(), participants.stream()
            .filter(p -> counts(meeting, p) && c.id() == (p.collegeId() == null ? -1 : p.collegeId()))
            .mapToInt(Participant::votes).sum())).toList();
    }

    /**
     * Records the votes on a resolution, per college. The quorum must be reached, and no college may count more
     * votes than its present and represented participants carry.
     */
    @Transactional
    public void recordVotes(long actorId, long itemId, List<CollegeCount> counts) {
        long meetingId = jdbc.sql("SELECT meeting_id FROM governance.resolution WHERE item_id = :item").param("item", itemId)
            .query(Long.class).optional().orElseThrow(() -> new GovernanceNotFoundException("resolution " + itemId));
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meetingId);
        if (meeting.isWritten()) {
            throw new MeetingException("writtenConsultation");
        }
        List<Participant> participants = participants(meetingId);
        if (!quorum(meeting, participants).reached()) {
            throw new MeetingException("quorumNotReached");
        }
        Map<String, Ballot> ballots = ballots(meeting, participants).stream().collect(Collectors.toMap(Ballot::college, b -> b));
        for (CollegeCount count : counts) {
            Ballot ballot = ballots.get(count.college());
            if (ballot == null) {
                throw new MeetingException("unknownCollege", count.college());
            }
            if (count.votesFor() < 0 || count.votesAgainst() < 0 || count.abstentions() < 0) {
                throw new MeetingException("negativeVotes");
            }
            if (count.total() > ballot.votingPower()) {
                throw new MeetingException("tooManyVotes", count.college().isEmpty() ? "—" : count.college(),
                    Integer.toString(count.total()), Integer.toString(ballot.votingPower()));
            }
        }
        jdbc.sql("DELETE FROM governance.vote_count WHERE item_id = :item").param("item", itemId).update();
        for (CollegeCount count : counts) {
            Ballot ballot = ballots.get(count.college());
            jdbc.sql("""
                    INSERT INTO governance.vote_count (item_id, meeting_id, college_id, college_name, weight_pct, votes_for, votes_against, abstentions)
                    VALUES (:item, :meeting, :college, :name, :weight, :for, :against, :abstain)""")
                .param("item", itemId).param("meeting", meetingId).param("college", ballot.collegeId()).param("name", ballot.college())
                .param("weight", ballot.weightPct()).param("for", count.votesFor()).param("against", count.votesAgainst())
                .param("abstain", count.abstentions()).update();
        }
    }

    /** The outcome of each resolution voted on (or answered, in a written consultation): two queries. */
    public Map<Long, VoteOutcome> outcomes(Meeting meeting) {
        Map<Long, List<CollegeCount>> counts = new LinkedHashMap<>();
        if (meeting.isWritten()) {
            List<Participant> participants = participants(meeting.id());
            List<Ballot> ballots = ballots(meeting, participants);
            Map<Long, Participant> byId = participants.stream().collect(Collectors.toMap(Participant::id, p -> p));
            Map<Long, Map<String, int[]>> tallies = new LinkedHashMap<>();
            jdbc.sql("SELECT item_id, participant_id, answer FROM governance.written_answer WHERE meeting_id = :meeting ORDER BY item_id")
                .param("meeting", meeting.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), Answer.valueOf(rs.getString(3))}).list()
                .forEach(row -> {
                    Participant p = byId.get((Long) row[1]);
                    String college = collegeOf(p, ballots);
                    int[] tally = tallies.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).computeIfAbsent(college, k -> new int[3]);
                    tally[((Answer) row[2]).ordinal()] += p.votes();
                });
            jdbc.sql("""
                    SELECT item_id, college_name, votes_for, votes_against, abstentions FROM governance.secret_tally
                     WHERE meeting_id = :meeting ORDER BY item_id""")
                .param("meeting", meeting.id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5)}})
                .list().forEach(row -> tallies.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (int[]) row[2]));
            tallies.forEach((item, byCollege) -> counts.put(item, ballots.stream().map(b -> {
                int[] t = byCollege.getOrDefault(b.college(), new int[3]);
                return new CollegeCount(b.college(), b.weightPct(), t[0], t[1], t[2]);
            }).toList()));
        } else {
            jdbc.sql("""
                    SELECT v.item_id, v.college_name, v.weight_pct, v.votes_for, v.votes_against, v.abstentions
                      FROM governance.vote_count v WHERE v.meeting_id = :meeting ORDER BY v.item_id, v.college_id NULLS FIRST""")
                .param("meeting", meeting.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), new CollegeCount(rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))))
                .list().forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        Map<Long, Resolution> resolutions = jdbc.sql("SELECT item_id, text, majority, majority_pct, secret FROM governance.resolution WHERE meeting_id = :meeting")
            .param("meeting", meeting.id())
            .query((rs, n) -> new Resolution(rs.getLong(1), rs.getString(2), Majority.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBoolean(5)))
            .list().stream().collect(Collectors.toMap(Resolution::itemId, r -> r));
        EmptyCollegeRule emptyRule = entities.get(meeting.entityId()).emptyCollegeRule();
        Map<Long, VoteOutcome> outcomes = new LinkedHashMap<>();
        counts.forEach((item, list) -> {
            Resolution resolution = resolutions.get(item);
            outcomes.put(item, Deliberation.weightedVote(list, emptyRule, resolution.majority(), resolution.majorityPct()));
        });
        return outcomes;
    }

    /** Whether a written consultation still takes answers (until its deadline). */
    public boolean answersOpen(Meeting meeting) {
        return meeting.isWritten() && LocalDateTime.now(clock.withZone(calendar.zone())).isBefore(meeting.answersUntil());
    }

    /** The participants a person answers for in a written consultation: themselves, or organisations they are linked to. */
    public List<Participant> answeringFor(long personId, long meetingId) {
        Set<Long> linked = organisations.ofPerson(personId).stream().map(OrganisationRef::id).collect(Collectors.toSet());
        return participants(meetingId).stream()
            .filter(p -> (p.personId() != null && p.personId() == personId) || (p.organisationId() != null && linked.contains(p.organisationId())))
            .toList();
    }

    /**
     * Answers already given, by item and participant, in one statement. A secret resolution's answers are known only
     * as given: their participants map to null.
     */
    public Map<Long, Map<Long, Answer>> answers(long meetingId) {
        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        jdbc.sql("""
                SELECT item_id, participant_id, answer FROM governance.written_answer WHERE meeting_id = :meeting
                UNION ALL
                SELECT item_id, participant_id, NULL FROM governance.secret_answer_given WHERE meeting_id = :meeting""")
            .param("meeting", meetingId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3) == null ? null : Answer.valueOf(rs.getString(3))}).list()
            .forEach(row -> answers.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (Answer) row[2]));
        return answers;
    }

    /**
     * A convened person answers a resolution of a written consultation, for themselves or an organisation, until the
     * deadline. An open resolution keeps who answered what, and the answer may change; a secret one keeps that the
     * participant answered (in its register) apart from the answer, which only adds its votes to the resolution's
     * count (its ballot box): it can be given once and never read back.
     */
    @Transactional
    public void answer(long personId, long itemId, long participantId, Answer answer) {
        Object[] resolution = jdbc.sql("SELECT meeting_id, secret FROM governance.resolution WHERE item_id = :item").param("item", itemId)
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).optional()
            .orElseThrow(() -> new GovernanceNotFoundException("resolution " + itemId));
        long meetingId = (Long) resolution[0];
        Meeting meeting = meetings.get(meetingId);
        if (!meeting.isWritten()) {
            throw new MeetingException("notWrittenConsultation");
        }
        if (answeringFor(personId, meetingId).stream().noneMatch(p -> p.id() == participantId)) {
            throw new MeetingAccessDeniedException("Person " + personId + " does not answer for participant " + participantId);
        }
        meetings.requireUnsigned(meetingId);
        if (LocalDateTime.now(clock.withZone(calendar.zone())).isAfter(meeting.answersUntil())) {
            throw new MeetingException("answersClosed");
        }
        if ((Boolean) resolution[1]) {
            answerSecretly(meeting, personId, itemId, participantId, answer);
            return;
        }
        jdbc.sql("""
                INSERT INTO governance.written_answer (item_id, participant_id, meeting_id, answer, answered_by, answered_at)
                VALUES (:item, :participant, :meeting, :answer, :person, :now)
                ON CONFLICT (item_id, participant_id) DO UPDATE SET answer = excluded.answer, answered_by = excluded.answered_by,
                    answered_at = excluded.answered_at""")
            .param("item", itemId).param("participant", participantId).param("meeting", meetingId).param("answer", answer.name())
            .param("person", personId).param("now", Timestamp.from(clock.instant())).update();
    }

    private void answerSecretly(Meeting meeting, long personId, long itemId, long participantId, Answer answer) {
        int registered = jdbc.sql("""
                INSERT INTO governance.secret_answer_given (item_id, participant_id, meeting_id, answered_by, answered_at)
                VALUES (:item, :participant, :meeting, :person, :now) ON CONFLICT DO NOTHING""")
            .param("item", itemId).param("participant", participantId).param("meeting", meeting.id())
            .param("person", personId).param("now", Timestamp.from(clock.instant())).update();
        if (registered == 0) {
            throw new MeetingException("secretAlreadyAnswered");
        }
        List<Participant> participants = participants(meeting.id());
        Participant participant = participants.stream().filter(p -> p.id() == participantId).findFirst().orElseThrow();
        int votes = participant.votes();
        jdbc.sql("""
                INSERT INTO governance.secret_tally (item_id, meeting_id, college_name, votes_for, votes_against, abstentions)
                VALUES (:item, :meeting, :college, :for, :against, :abstain)
                ON CONFLICT (item_id, college_name) DO UPDATE SET votes_for = secret_tally.votes_for + excluded.votes_for,
                    votes_against = secret_tally.votes_against + excluded.votes_against,
                    abstentions = secret_tally.abstentions + excluded.abstentions""")
            .param("item", itemId).param("meeting", meeting.id())
            .param("college", Objects.toString(collegeOf(participant, ballots(meeting, participants)), ""))
            .param("for", answer == Answer.FOR ? votes : 0).param("against", answer == Answer.AGAINST ? votes : 0)
            .param("abstain", answer == Answer.ABSTAIN ? votes : 0).update();
    }

    /** The column of the vote sheet a participant's votes go to: their college, or the one column for all. */
    private static String collegeOf(Participant participant, List<Ballot> ballots) {
        return ballots.size() == 1 && ballots.get(0).college().isEmpty() ? "" : participant.collegeName();
    }

    /** In a written consultation everyone convened counts; otherwise those present or represented. */
    private static boolean counts(Meeting meeting, Participant participant) {
        return meeting.isWritten() || participant.attendance().counts();
    }

    private void update(long participantId, Attendance attendance, Long holderId) {
        jdbc.sql("UPDATE governance.participant SET attendance = :attendance, proxy_holder_id = :holder WHERE id = :id")
            .param("attendance", attendance.name()).param("holder", holderId).param("id", participantId).update();
    }

    private static Participant participant(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), (Long) rs.getObject(4), rs.getString(5),
            (Long) rs.getObject(6), rs.getString(7), rs.getInt(8), rs.getInt(9), Attendance.valueOf(rs.getString(10)),
            (Long) rs.getObject(11));
    }
}
