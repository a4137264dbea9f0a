package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.util.Optional;

import coop.toitcommun.governance.Agendas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agenda items' documents: governance says first whether the person may (nothing is read further otherwise), then
 * the file is checked by its content, and stored and recorded in one transaction; removing an item removes its
 * documents' contents in the same transaction.
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
    @Transactional
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
        agendas.attach(personId, meetingId, itemId, DocumentTypes.sanitise(file.getOriginalFilename(), type.get()),
            type.get().contentType, content.length, store.save(content));
        return "meetings.document.added";
    }

    /** Removes an agenda item with its documents (governance refuses it once the minutes are signed). */
    @Transactional
    void removeItem(long personId, long meetingId, long itemId) {
        agendas.remove(personId, meetingId, itemId).forEach(document -> store.delete(document.storageKey()));
    }
}
