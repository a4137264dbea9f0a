package coop.toitcommun.governance;

import java.time.Instant;

/** A correction appended to signed minutes, signed by the chair or the secretary. */
public record Erratum(long id, long meetingId, String text, long signedBy, String signerName, Instant signedAt, String sha256) {
}
