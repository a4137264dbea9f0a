package coop.toitcommun.web.meetings;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agenda documents' contents, in PostgreSQL ({@code web.stored_document}) under random keys: a file name never
 * becomes a key, every instance of the application serves every document, and a document is stored in the
 * transaction that records it, so that neither can exist without the other.
 */
@Component
class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String save(byte[] content) {
        UUID key = UUID.randomUUID();
        jdbc.sql("INSERT INTO web.stored_document (storage_key, content) VALUES (:key, :content)")
            .param("key", key).param("content", content).update();
        return key.toString();
    }

    byte[] read(String key) {
        return jdbc.sql("SELECT content FROM web.stored_document WHERE storage_key = :key")
            .param("key", UUID.fromString(key)).query(byte[].class).optional()
            .orElseThrow(() -> new IllegalStateException("The document " + key + " is recorded but its content is missing"));
    }

    void delete(String key) {
        jdbc.sql("DELETE FROM web.stored_document WHERE storage_key = :key").param("key", UUID.fromString(key)).update();
    }
}
