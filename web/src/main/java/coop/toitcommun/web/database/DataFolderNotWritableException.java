package coop.toitcommun.web.database;

import java.nio.file.Path;

/** The application was told to keep its data in a folder where it cannot write: it does not start. */
public class DataFolderNotWritableException extends RuntimeException {

    private final transient Path folder;
    private final String property;

    DataFolderNotWritableException(Path folder, String property, Throwable cause) {
        super("Cannot write in " + folder + " (" + property + ")", cause);
        this.folder = folder;
        this.property = property;
    }

    public Path folder() {
        return folder;
    }

    public String property() {
        return property;
    }
}
