package coop.toitcommun.governance;

import java.time.Instant;

/** A document attached to an agenda item; its bytes live in the document store under {@code storageKey}. */
public record AgendaDocument(long id, long itemId, String fileName, String contentType, long sizeBytes, String storageKey,
                             Instant uploadedAt) {
}
