package coop.toitcommun.membership;

/** How one article differs between two versions of the charter; {@code before} or {@code after} is null when absent. */
public record ArticleChange(int number, Kind kind, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }
}
