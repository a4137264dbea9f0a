package coop.toitcommun.web.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's three roles: the superuser ({@code postgres}, used only to set
 * the server up), the owner that migrates the schemas and the application's role. They are drawn at random
 * the first time and kept in a file readable by its owner only, inside the data folder, so that the backup
 * command finds them too.
 */
record EmbeddedCredentials(String superuser, String owner, String application) {

    static final String FILE_NAME = "toitcommun-credentials.properties";

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME);
    }

    /** The passwords kept in the data folder, if the server has been set up already. */
    static EmbeddedCredentials read(Path dataDirectory) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file(dataDirectory))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file(dataDirectory), e);
        }
        return new EmbeddedCredentials(properties.getProperty("superuser"), properties.getProperty("owner"),
            properties.getProperty("application"));
    }

    static EmbeddedCredentials drawn() {
        return new EmbeddedCredentials(random(), random(), random());
    }

    void write(Path dataDirectory) {
        Path file = file(dataDirectory);
        Properties properties = new Properties();
        properties.setProperty("superuser", superuser);
        properties.setProperty("owner", owner);
        properties.setProperty("application", application);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            restrictToOwner(file);
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Passwords of the embedded PostgreSQL's roles: keep this file private");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
