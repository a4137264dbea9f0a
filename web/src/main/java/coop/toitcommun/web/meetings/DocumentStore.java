package coop.toitcommun.web.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import coop.toitcommun.web.database.DataFolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Agenda documents on disk, outside any web root ({@code toitcommun.documents.directory}, default
 * {@code .data/documents} under the working directory), under random keys: a file name never reaches the disk.
 * The folder must be writable for the application to start; a file is on disk (fsync) before its row is
 * committed, so that a crash never leaves a document that the database knows and the disk lost.
 */
@Component
class DocumentStore {

    private final Path directory;

    DocumentStore(@Value("${toitcommun.documents.directory:.data/documents}") Path directory) {
        this.directory = DataFolder.requireWritable(directory, "toitcommun.documents.directory");
    }

    String save(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            try (FileChannel file = FileChannel.open(path(key), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
                file.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        Path path = directory.resolve(UUID.fromString(key).toString()).normalize();
        if (!path.startsWith(directory)) {
            throw new IllegalArgumentException("Bad document key");
        }
        return path;
    }
}
