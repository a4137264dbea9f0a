package coop.toitcommun.web.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Says in plain words why the application did not start when the database or a data folder is not usable. */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataFolderNotWritableException notWritable) {
                return new FailureAnalysis(
                    "The application cannot write in " + notWritable.folder() + ", the folder chosen by "
                        + notWritable.property() + ": " + notWritable.getCause(),
                    "Give the user that runs the application the right to write there (chown/chmod), or choose another "
                        + "folder with " + notWritable.property() + " (see docs/operations.md).",
                    notWritable);
            }
            if (cause instanceof NoDatabaseChosenException noDatabase) {
                return new FailureAnalysis(
                    "No database was chosen, and the application does not keep a house's data in a folder nobody chose.",
                    "Either set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD, "
                        + "SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD) to use a PostgreSQL server, or set "
                        + "TOITCOMMUN_EMBEDDED_DIRECTORY to the folder where the embedded PostgreSQL keeps its data, "
                        + "for example /var/lib/toitcommun/postgres (see docs/operations.md).",
                    noDatabase);
            }
        }
        return null;
    }
}
