package coop.toitcommun.governance;

import java.time.Instant;
import java.util.List;

/** The convocation as sent, kept as proof: when, by whom, to whom, the notice given, and the PDF's SHA-256. */
public record Convocation(long meetingId, Instant sentAt, long sentBy, int noticeDays, boolean late, String pdfSha256,
                          List<Recipient> recipients) {

    /** Someone the convocation was emailed to. */
    public record Recipient(String email, String name) {
    }
}
