package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Versions before December 2026 kept agenda documents as files in {@code toitcommun.documents.directory}. At start,
 * the documents that agendas name and the database does not hold yet are read from that folder, if it exists, into
 * {@code web.stored_document}; several instances starting at once import each document once. The folder is left
 * as it is: once a backup has been made, it can be deleted.
 */
@Component
class LegacyDocumentFolder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDocumentFolder.class);

    private final JdbcClient jdbc;
    private final Path folder;
    private final FirstHouseWork firstHouse;

    LegacyDocumentFolder(FirstHouseWork firstHouse, JdbcClient jdbc, @Value("${toitcommun.documents.directory:.data/documents}") Path folder) {
        this.firstHouse = firstHouse;
        this.jdbc = jdbc;
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.run(this::load);
    }

    private void load() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<UUID> missing = jdbc.sql("""
                SELECT cast(d.storage_key AS uuid) FROM governance.agenda_document d
                 WHERE NOT EXISTS (SELECT 1 FROM web.stored_document s WHERE s.storage_key = cast(d.storage_key AS uuid))""")
            .query(UUID.class).list();
        int imported = 0;
        for (UUID key : missing) {
            Path file = folder.resolve(key.toString());
            if (!Files.isRegularFile(file)) {
                LOG.warn("The agenda document {} is neither in the database nor in {}", key, folder);
                continue;
            }
            imported += jdbc.sql("""
                    INSERT INTO web.stored_document (storage_key, content) VALUES (:key, :content)
                    ON CONFLICT (storage_key) DO NOTHING""")
                .param("key", key).param("content", read(file)).update();
        }
        if (imported > 0) {
            LOG.info("Imported {} agenda documents from {} into the database; the folder can be deleted once a backup is made",
                imported, folder);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
