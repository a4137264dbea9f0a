package coop.toitcommun.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.PersonRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: items in order, their draft resolutions and documents, members' proposals and the items
 * suggested from the body's previous meeting. Changing the agenda is for those who prepare the meeting, until
 * its minutes are signed.
 */
@Service
@Transactional(readOnly = true)
public class Agendas {

    private static final String ITEM_COLUMNS = """
        i.id, i.meeting_id, i.position, i.title, i.description, i.kind, i.presenter_id, i.planned_minutes, i.summary,
        i.unfinished, r.text, r.majority, r.majority_pct, r.secret""";
    private static final int ITEM_COLUMN_COUNT = 14;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final People people;
    private final Clock clock;
    private final HouseClock calendar;

    Agendas(JdbcClient jdbc, Meetings meetings, People people, Clock clock, HouseClock calendar) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.people = people;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The meeting's items in order, each with its resolution and documents (one statement) and presenter's name. */
    public List<AgendaItem> items(long meetingId) {
        return items(meetingId, List.of());
    }

    /**
     * The same, for a page that also names the meeting's chair and secretary: their names are read with the
     * presenters' in one statement, and a read-only transaction remembers them for the page.
     */
    public List<AgendaItem> items(Meeting meeting) {
        return items(meeting.id(), List.of(meeting.chairId(), meeting.secretaryId()));
    }

    private List<AgendaItem> items(long meetingId, List<Long> alsoNamed) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        Map<Long, List<AgendaDocument>> documents = new HashMap<>();
        jdbc.sql("SELECT " + ITEM_COLUMNS + """
                     , d.id, d.item_id, d.file_name, d.content_type, d.size_bytes, d.storage_key, d.uploaded_at
                  FROM governance.agenda_item i LEFT JOIN governance.resolution r ON r.item_id = i.id
                  LEFT JOIN governance.agenda_document d ON d.item_id = i.id
                 WHERE i.meeting_id = :meeting ORDER BY i.position, d.id""")
            .param("meeting", meetingId)
            .query(rs -> {
                Row row = rows.get(rs.getLong(1));
                if (row == null) {
                    row = row(rs, rows.size());
                    rows.put(row.id, row);
                }
                if (rs.getObject(ITEM_COLUMN_COUNT + 1) != null) {
                    documents.computeIfAbsent(row.id, id -> new ArrayList<>()).add(documentAfter(rs, ITEM_COLUMN_COUNT));
                }
            });
        Set<Long> named = rows.values().stream().map(r -> r.presenterId).filter(id -> id != null).collect(Collectors.toSet());
        named.addAll(alsoNamed);
        Map<Long, PersonRef> names = named.isEmpty() ? Map.of() : people.findAll(named);
        return rows.values().stream().map(r -> new AgendaItem(r.id, r.meetingId, r.position, r.title, r.description, r.kind, r.presenterId,
            r.presenterId == null || !names.containsKey(r.presenterId) ? null : names.get(r.presenterId).displayName(),
            r.plannedMinutes, r.summary, r.unfinished, r.resolution, documents.getOrDefault(r.id, List.of()))).toList();
    }

    public AgendaItem item(long itemId) {
        long meetingId = meetingOf(itemId);
        return items(meetingId).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    /** Adds an item at the end. A decision needs its draft resolution; its majority defaults to the statutes'. */
    @Transactional
    public AgendaItem add(long actorId, long meetingId, NewAgendaItem item) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        return insert(meeting, item, null);
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}), swapping it with its neighbour. */
    @Transactional
    public void move(long actorId, long meetingId, long itemId, int direction) {
        Meeting meeting = meetings.get(meetingOf(meetingId, itemId));
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meeting.id());
        lockAgenda(meeting.id());
        int position = jdbc.sql("SELECT position FROM governance.agenda_item WHERE id = :id").param("id", itemId).query(Integer.class).single();
        Optional<Long> neighbour = jdbc.sql("""
                SELECT id FROM governance.agenda_item WHERE meeting_id = :meeting AND position = :position""")
            .param("meeting", meeting.id()).param("position", position + Integer.signum(direction)).query(Long.class).optional();
        if (neighbour.isEmpty()) {
            return;
        }
        // the unique (meeting, position) constraint is deferred to the commit, so the two rows may swap
        jdbc.sql("UPDATE governance.agenda_item SET position = :position WHERE id = :id")
            .param("position", position + Integer.signum(direction)).param("id", itemId).update();
        jdbc.sql("UPDATE governance.agenda_item SET position = :position WHERE id = :id")
            .param("position", position).param("id", neighbour.get()).update();
    }

    /** Removes an item (and its resolution and documents' records) and closes the gap. Returns the removed documents. */
    @Transactional
    public List<AgendaDocument> remove(long actorId, long meetingId, long itemId) {
        Meeting meeting = meetings.get(meetingOf(meetingId, itemId));
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meeting.id());
        if (convened(meeting.id())) {
            throw new MeetingException("agendaSent");
        }
        lockAgenda(meeting.id());
        List<AgendaDocument> documents = item(itemId).documents();
        jdbc.sql("UPDATE governance.proposal SET status = 'PENDING', item_id = NULL, decided_by = NULL, decided_at = NULL WHERE item_id = :id")
            .param("id", itemId).update();
        jdbc.sql("UPDATE governance.agenda_item SET from_item_id = NULL WHERE from_item_id = :id").param("id", itemId).update();
        jdbc.sql("DELETE FROM governance.agenda_document WHERE item_id = :id").param("id", itemId).update();
        jdbc.sql("DELETE FROM governance.resolution WHERE item_id = :id").param("id", itemId).update();
        int position = jdbc.sql("DELETE FROM governance.agenda_item WHERE id = :id RETURNING position").param("id", itemId)
            .query(Integer.class).single();
        jdbc.sql("UPDATE governance.agenda_item SET position = position - 1 WHERE meeting_id = :meeting AND position > :position")
            .param("meeting", meeting.id()).param("position", position).update();
        return documents;
    }

    /**
     * Refuses, before anything is stored, a document that the person could not attach to the item: they must
     * prepare the meeting, and its minutes must not be signed.
     */
    public void requireMayAttach(long actorId, long meetingId, long itemId) {
        Meeting meeting = meetings.get(meetingOf(meetingId, itemId));
        meetings.requirePrepare(actorId, meeting);
        meetings.requireUnsigned(meeting.id());
    }

    /** Records a document already stored under {@code storageKey}; type and size were checked by the caller. */
    @Transactional
    public AgendaDocument attach(long actorId, long meetingId, long itemId, String fileName, String contentType, long sizeBytes,
                                 String storageKey) {
        requireMayAttach(actorId, meetingId, itemId);
        long id = jdbc.sql("""
                INSERT INTO governance.agenda_document (item_id, file_name, content_type, size_bytes, storage_key, uploaded_by, uploaded_at)
                VALUES (:item, :name, :type, :size, :key, :actor, :now) RETURNING id""")
            .param("item", itemId).param("name", fileName).param("type", contentType).param("size", sizeBytes)
            .param("key", storageKey).param("actor", actorId).param("now", Timestamp.from(clock.instant()))
            .query(Long.class).single();
        return new AgendaDocument(id, itemId, fileName, contentType, sizeBytes, storageKey, clock.instant());
    }

    /** A document, for someone allowed to see its meeting. */
    public AgendaDocument document(long personId, long meetingId, long documentId) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requireView(personId, meeting);
        return jdbc.sql("""
                SELECT d.id, d.item_id, d.file_name, d.content_type, d.size_bytes, d.storage_key, d.uploaded_at
                  FROM governance.agenda_document d JOIN governance.agenda_item i ON i.id = d.item_id
                 WHERE d.id = :id AND i.meeting_id = :meeting""")
            .param("id", documentId).param("meeting", meetingId).query(Agendas::document).optional()
            .orElseThrow(() -> new GovernanceNotFoundException("document " + documentId));
    }

    /**
     * Unfinished items of the body's previous meeting and, once that meeting is over, the approval of its minutes, unless
     * already on the agenda.
     */
    public List<Suggestion> suggestions(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        Optional<Meeting> previous = meetings.previous(meeting);
        if (previous.isEmpty()) {
            return List.of();
        }
        Meeting before = previous.get();
        List<AgendaItem> current = items(meetingId);
        Set<String> titles = current.stream().map(i -> i.title().toLowerCase()).collect(Collectors.toSet());
        List<Suggestion> suggestions = new ArrayList<>();
        String approval = "Approbation du procès-verbal : " + before.title();
        if (!before.end().isAfter(calendar.localNow()) && !titles.contains(approval.toLowerCase())) {
            suggestions.add(new Suggestion(before.id(), before.title(), null, approval));
        }
        Set<Long> taken = jdbc.sql("SELECT from_item_id FROM governance.agenda_item WHERE meeting_id = :meeting AND from_item_id IS NOT NULL")
            .param("meeting", meetingId).query(Long.class).set();
        items(before.id()).stream().filter(AgendaItem::unfinished).filter(i -> !taken.contains(i.id()))
            .forEach(i -> suggestions.add(new Suggestion(before.id(), before.title(), i.id(), i.title())));
        return suggestions;
    }

    /** Adds a suggested item: the approval of the previous minutes (a decision), or an unfinished item carried over. */
    @Transactional
    public AgendaItem addSuggestion(long actorId, long meetingId, Long fromItemId) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requirePrepare(actorId, meeting);
        Suggestion suggestion = suggestions(meetingId).stream().filter(s -> Objects.equals(s.fromItemId(), fromItemId))
            .findFirst().orElseThrow(() -> new MeetingException("suggestionGone"));
        if (suggestion.approvesMinutes()) {
            return insert(meeting, new NewAgendaItem(suggestion.title(), "", AgendaItemKind.DECISION, meeting.chairId(), 5,
                "L’assemblée approuve le procès-verbal de la réunion « " + suggestion.previousTitle() + " ».", null, null, false), null);
        }
        AgendaItem from = item(fromItemId);
        Resolution resolution = from.resolution();
        return insert(meeting, new NewAgendaItem(from.title(), from.description(), from.kind(), from.presenterId(), from.plannedMinutes(),
            resolution == null ? null : resolution.text(), resolution == null ? null : resolution.majority(),
            resolution == null ? null : resolution.majorityPct(), resolution != null && resolution.secret()), fromItemId);
    }

    /** A member of the body (or an associate, for a general assembly) proposes an item. */
    @Transactional
    public Proposal propose(long personId, long meetingId, String title, String description) {
        Meeting meeting = meetings.get(meetingId);
        if (!meetings.mayView(personId, meeting)) {
            throw new MeetingAccessDeniedException("Not convened to meeting " + meetingId);
        }
        meetings.requireUnsigned(meetingId);
        if (title == null || title.isBlank()) {
            throw new MeetingException("titleMissing");
        }
        long id = jdbc.sql("""
                INSERT INTO governance.proposal (meeting_id, proposed_by, title, description, created_at)
                VALUES (:meeting, :person, :title, :description, :now) RETURNING id""")
            .param("meeting", meetingId).param("person", personId).param("title", title.trim())
            .param("description", description == null ? "" : description.trim()).param("now", Timestamp.from(clock.instant()))
            .query(Long.class).single();
        return proposal(id);
    }

    public List<Proposal> proposals(long meetingId) {
        return named(jdbc.sql(PROPOSAL_SELECT + " WHERE meeting_id = :meeting ORDER BY created_at, id").param("meeting", meetingId)
            .query(Agendas::proposalRow).list());
    }

    /** What the person proposed for this meeting, oldest first (their own name is not read again). */
    public List<Proposal> proposalsBy(long personId, long meetingId) {
        return jdbc.sql(PROPOSAL_SELECT + " WHERE meeting_id = :meeting AND proposed_by = :person ORDER BY created_at, id")
            .param("meeting", meetingId).param("person", personId).query(Agendas::proposalRow).list();
    }

    public List<Proposal> proposalsBy(long personId) {
        return named(jdbc.sql(PROPOSAL_SELECT + " WHERE proposed_by = :person ORDER BY created_at DESC, id DESC").param("person", personId)
            .query(Agendas::proposalRow).list());
    }

    /** The board accepts a proposal: it becomes a discussion item at the end of the agenda. */
    @Transactional
    public AgendaItem accept(long actorId, long meetingId, long proposalId) {
        Proposal proposal = pending(meetingId, proposalId);
        Meeting meeting = meetings.get(proposal.meetingId());
        meetings.requirePrepare(actorId, meeting);
        AgendaItem item = insert(meeting, new NewAgendaItem(proposal.title(), proposal.description(), AgendaItemKind.DISCUSSION,
            proposal.proposedBy(), 10, null, null, null, false), null);
        jdbc.sql("UPDATE governance.proposal SET status = 'ACCEPTED', item_id = :item, decided_by = :actor, decided_at = :now WHERE id = :id")
            .param("item", item.id()).param("actor", actorId).param("now", Timestamp.from(clock.instant())).param("id", proposalId).update();
        return item;
    }

    /** The board declines a proposal, with the reason the proposer will read. */
    @Transactional
    public void decline(long actorId, long meetingId, long proposalId, String reason) {
        Proposal proposal = pending(meetingId, proposalId);
        meetings.requirePrepare(actorId, meetings.get(proposal.meetingId()));
        if (reason == null || reason.isBlank()) {
            throw new MeetingException("reasonMissing");
        }
        jdbc.sql("""
                UPDATE governance.proposal SET status = 'DECLINED', decline_reason = :reason, decided_by = :actor, decided_at = :now
                 WHERE id = :id""")
            .param("reason", reason.trim()).param("actor", actorId).param("now", Timestamp.from(clock.instant())).param("id", proposalId).update();
    }

    /** A proposal of that meeting still waiting for an answer: a page never reaches another meeting's. */
    private Proposal pending(long meetingId, long proposalId) {
        Proposal proposal = proposal(proposalId);
        if (proposal.meetingId() != meetingId) {
            throw new GovernanceNotFoundException("proposal " + proposalId + " of meeting " + meetingId);
        }
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new MeetingException("proposalDecided");
        }
        return proposal;
    }

    private Proposal proposal(long proposalId) {
        return named(jdbc.sql(PROPOSAL_SELECT + " WHERE id = :id").param("id", proposalId).query(Agendas::proposalRow).list())
            .stream().findFirst().orElseThrow(() -> new GovernanceNotFoundException("proposal " + proposalId));
    }

    private AgendaItem insert(Meeting meeting, NewAgendaItem item, Long fromItemId) {
        meetings.requireUnsigned(meeting.id());
        if (item.title() == null || item.title().isBlank()) {
            throw new MeetingException("titleMissing");
        }
        boolean decision = item.kind() == AgendaItemKind.DECISION;
        if (decision && (item.resolutionText() == null || item.resolutionText().isBlank())) {
            throw new MeetingException("resolutionMissing");
        }
        if (item.majority() == Majority.CUSTOM && item.majorityPct() == null) {
            throw new MeetingException("majorityPctMissing");
        }
        lockAgenda(meeting.id());
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM governance.agenda_item WHERE meeting_id = :meeting")
            .param("meeting", meeting.id()).query(Integer.class).single();
        long id = jdbc.sql("""
                INSERT INTO governance.agenda_item (meeting_id, position, title, description, kind, presenter_id, planned_minutes, from_item_id)
                VALUES (:meeting, :position, :title, :description, :kind, :presenter, :minutes, :from) RETURNING id""")
            .param("meeting", meeting.id()).param("position", position).param("title", item.title().trim())
            .param("description", item.description() == null ? "" : item.description().trim()).param("kind", item.kind().name())
            .param("presenter", item.presenterId()).param("minutes", Math.max(0, item.plannedMinutes())).param("from", fromItemId)
            .query(Long.class).single();
        if (decision) {
            MeetingRule rule = meetings.rule(meeting);
            Majority majority = item.majority() == null ? rule.majority() : item.majority();
            jdbc.sql("""
                    INSERT INTO governance.resolution (item_id, meeting_id, text, majority, majority_pct, secret)
                    VALUES (:item, :meeting, :text, :majority, :pct, :secret)""")
                .param("item", id).param("meeting", meeting.id()).param("text", item.resolutionText().trim())
                .param("majority", majority.name())
                .param("pct", majority != Majority.CUSTOM ? null : item.majority() == null ? rule.majorityPct() : item.majorityPct())
                .param("secret", item.secret()).update();
        }
        return item(id);
    }

    private boolean convened(long meetingId) {
        return jdbc.sql("SELECT count(*) > 0 FROM governance.convocation WHERE meeting_id = :meeting").param("meeting", meetingId)
            .query(Boolean.class).single();
    }

    /** Serialises changes to one agenda (positions are computed from what is there). */
    private void lockAgenda(long meetingId) {
        jdbc.sql("SELECT id FROM governance.meeting WHERE id = :id FOR UPDATE").param("id", meetingId).query(Long.class).single();
    }

    /** The meeting of an item, provided it is the one the page named: a page never reaches another meeting's item. */
    private long meetingOf(long meetingId, long itemId) {
        if (meetingOf(itemId) != meetingId) {
            throw new GovernanceNotFoundException("agenda item " + itemId + " of meeting " + meetingId);
        }
        return meetingId;
    }

    private long meetingOf(long itemId) {
        return jdbc.sql("SELECT meeting_id FROM governance.agenda_item WHERE id = :id").param("id", itemId).query(Long.class)
            .optional().orElseThrow(() -> new GovernanceNotFoundException("agenda item " + itemId));
    }

    private List<Proposal> named(List<Proposal> proposals) {
        Set<Long> ids = proposals.stream().map(Proposal::proposedBy).collect(Collectors.toSet());
        Map<Long, PersonRef> names = ids.isEmpty() ? Map.of() : people.findAll(ids);
        return proposals.stream().map(p -> new Proposal(p.id(), p.meetingId(), p.proposedBy(),
            names.containsKey(p.proposedBy()) ? names.get(p.proposedBy()).displayName() : "", p.title(), p.description(),
            p.status(), p.declineReason(), p.itemId(), p.createdAt())).toList();
    }

    private static final String PROPOSAL_SELECT = """
        SELECT id, meeting_id, proposed_by, title, description, status, decline_reason, item_id, created_at FROM governance.proposal""";

    private static Proposal proposalRow(ResultSet rs, int n) throws SQLException {
        return new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3), null, rs.getString(4), rs.getString(5),
            ProposalStatus.valueOf(rs.getString(6)), rs.getString(7), (Long) rs.getObject(8), rs.getTimestamp(9).toInstant());
    }

    private static AgendaDocument document(ResultSet rs, int n) throws SQLException {
        return documentAfter(rs, 0);
    }

    /** A document read from the seven columns after the first {@code skipped} of the row. */
    private static AgendaDocument documentAfter(ResultSet rs, int skipped) throws SQLException {
        return new AgendaDocument(rs.getLong(skipped + 1), rs.getLong(skipped + 2), rs.getString(skipped + 3),
            rs.getString(skipped + 4), rs.getLong(skipped + 5), rs.getString(skipped + 6), rs.getTimestamp(skipped + 7).toInstant());
    }

    private record Row(long id, long meetingId, int position, String title, String description, AgendaItemKind kind,
                       Long presenterId, int plannedMinutes, String summary, boolean unfinished, Resolution resolution) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        String text = rs.getString(11);
        Resolution resolution = text == null ? null
            : new Resolution(id, text, Majority.valueOf(rs.getString(12)), rs.getBigDecimal(13), rs.getBoolean(14));
        return new Row(id, rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), AgendaItemKind.valueOf(rs.getString(6)),
            (Long) rs.getObject(7), rs.getInt(8), rs.getString(9), rs.getBoolean(10), resolution);
    }
}
