package coop.toitcommun.web.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder where the application keeps data: it must exist (it is created if missing) and take new files. */
public final class DataFolder {

    private DataFolder() {
    }

    /**
     * Creates {@code folder} if needed and checks that a file can be written in it.
     *
     * @throws DataFolderNotWritableException otherwise, naming the folder and the setting that chose it
     */
    public static Path requireWritable(Path folder, String property) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
            return absolute;
        } catch (IOException | SecurityException e) {
            throw new DataFolderNotWritableException(absolute, property, e);
        }
    }
}
