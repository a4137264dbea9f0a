package coop.toitcommun.membership;

/** What a house shows the other houses of the deployment: its directory (its members that opted in), its programme. */
public record NetworkPublication(boolean directory, boolean programme) {

    /** A house that has not chosen yet publishes nothing. */
    public static final NetworkPublication NOTHING = new NetworkPublication(false, false);
}
