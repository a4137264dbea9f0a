package coop.toitcommun.web.meetings;

import java.io.IOException;

import coop.toitcommun.governance.AgendaDocument;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents of agenda items: added by those who prepare the meeting, downloaded by all who may see it. */
@Controller
class AgendaDocumentsController {

    private final AgendaDocuments documents;
    private final Agendas agendas;
    private final DocumentStore store;

    AgendaDocumentsController(AgendaDocuments documents, Agendas agendas, DocumentStore store) {
        this.documents = documents;
        this.agendas = agendas;
        this.store = store;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/documents")
    String upload(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @PathVariable long itemId,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        String outcome = documents.attach(person.getPersonId(), id, itemId, file);
        redirect.addFlashAttribute("meetings.document.added".equals(outcome) ? "notice" : "documentError", outcome);
        return "redirect:/meetings/" + id + "/agenda#item-" + itemId;
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                                    @PathVariable long documentId) {
        AgendaDocument document = agendas.document(person.getPersonId(), id, documentId);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName()).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(document.contentType()))
            .body(store.read(document.storageKey()));
    }
}
