package coop.toitcommun.membership;

import java.time.Instant;
import java.util.List;

/** Everything the house keeps about one person, as they download it. */
public record PersonalDataExport(Instant exportedAt, Person person, List<Link> organisations, List<SignatureRecord> signatures,
                                 List<String> roles) {

    public record Person(long id, String displayName, String email, String phone, String language, Instant createdAt) {
    }

    public record Link(String organisation, String role, boolean sharedWithMembers) {
    }

    public record SignatureRecord(String organisation, int charterVersion, String typedName, Instant signedAt,
                                  String textSha256) {
    }
}
