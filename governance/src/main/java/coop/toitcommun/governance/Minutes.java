package coop.toitcommun.governance;

import java.time.Instant;

/**
 * Minutes of a meeting. Once the chair and the secretary have both signed, they get the next {@code number} in
 * the entity's register, their {@code content} is frozen with its {@code sha256}, and nothing may change.
 */
public record Minutes(long meetingId, long entityId, String debates, Instant chairSignedAt, Instant secretarySignedAt,
                      Integer number, String content, String sha256, Instant signedAt) {

    public boolean signed() {
        return signedAt != null;
    }
}
