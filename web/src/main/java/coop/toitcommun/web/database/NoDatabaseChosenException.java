package coop.toitcommun.web.database;

/**
 * Neither a PostgreSQL server ({@code spring.datasource.url}) nor a folder for the embedded one
 * ({@code toitcommun.embedded.directory}) was configured: the application refuses to start rather than keep
 * a house's data in a folder nobody chose.
 */
public class NoDatabaseChosenException extends RuntimeException {

    NoDatabaseChosenException() {
        super("No database chosen: set spring.datasource.url or toitcommun.embedded.directory");
    }
}
