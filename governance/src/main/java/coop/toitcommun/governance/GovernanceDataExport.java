package coop.toitcommun.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the legal entities keep about one person, as they download it with the rest of their data. */
public record GovernanceDataExport(List<MandateRecord> mandates, List<AssociateRecord> registers,
                                   List<MeetingRecord> meetings, List<AnswerRecord> writtenAnswers,
                                   List<ResponsibilityRecord> responsibilities) {

    /** A seat on a body, for an organisation or in one's own name. */
    public record MandateRecord(String entity, String body, String role, String organisation, LocalDate startsOn,
                                LocalDate endsOn) {
    }

    /** A line of an entity's register of associates or members. */
    public record AssociateRecord(String entity, String category, LocalDate entryDate, LocalDate exitDate,
                                  String exitReason) {
    }

    /** A meeting the person was convened to, and how they took part. */
    public record MeetingRecord(String entity, String meeting, Instant startsAt, String attendance, int votes) {
    }

    /** An answer to a written consultation; a secret ballot's answer is not kept, only that one was given. */
    public record AnswerRecord(String meeting, String resolution, String answer, Instant answeredAt) {
    }

    /** A responsibility of the house the person holds, or backs up. */
    public record ResponsibilityRecord(String title, boolean holder) {
    }
}
