package coop.toitcommun.governance;

import java.util.List;

/** An item of a meeting's agenda, in order; the secretary's summary and whether it is unfinished come with the minutes. */
public record AgendaItem(long id, long meetingId, int position, String title, String description, AgendaItemKind kind,
                         Long presenterId, String presenterName, int plannedMinutes, String summary, boolean unfinished,
                         Resolution resolution, List<AgendaDocument> documents) {
}
