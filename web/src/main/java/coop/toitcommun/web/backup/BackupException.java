package coop.toitcommun.web.backup;

/** A backup or restore that cannot be done, with a message for the person who typed the command. */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
