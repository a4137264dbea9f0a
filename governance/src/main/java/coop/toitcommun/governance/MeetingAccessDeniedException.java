package coop.toitcommun.governance;

/** The person may not do this on that meeting (no current mandate on the body, not convened…): a 403. */
public class MeetingAccessDeniedException extends RuntimeException {

    public MeetingAccessDeniedException(String message) {
        super(message);
    }
}
