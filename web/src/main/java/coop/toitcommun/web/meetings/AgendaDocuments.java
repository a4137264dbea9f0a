package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.util.Optional;

import coop.toitcommun.governance.Agendas;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attaching a document to an agenda item: governance says first whether the person may (nothing is written to disk
 * otherwise), then the file is checked by its content, stored, and recorded; a refused record removes the file.
 */
@Service
class AgendaDocuments {

    private final Agendas agendas;
    private final DocumentStore store;

    AgendaDocuments(Agendas agendas, DocumentStore store) {
        this.agendas = agendas;
        this.store = store;
    }

    /** The message that tells how it went: added, or why the file was not taken. */
    String attach(long personId, long meetingId, long itemId, MultipartFile file) throws IOException {
        agendas.requireMayAttach(personId, meetingId, itemId);
        if (file.isEmpty()) {
            return "meetings.document.empty";
        }
        if (file.getSize() > DocumentTypes.MAX_BYTES) {
            return "meetings.document.tooLarge";
        }
        byte[] content = file.getBytes();
        Optional<DocumentTypes.Type> type = DocumentTypes.detect(content);
        if (type.isEmpty()) {
            return "meetings.document.type";
        }
        String key = store.save(content);
        try {
            agendas.attach(personId, meetingId, itemId, DocumentTypes.sanitise(file.getOriginalFilename(), type.get()),
                type.get().contentType, content.length, key);
        } catch (RuntimeException e) {
            store.delete(key);
            throw e;
        }
        return "meetings.document.added";
    }
}
