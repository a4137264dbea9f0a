package coop.toitcommun.web.i18n;

/** Only a path of this site may be a target of redirection, never another site. */
final class LocalPath {

    private LocalPath() {
    }

    static String orHome(String path) {
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
            && path.chars().noneMatch(c -> c < 0x20);
        return local ? stripLang(path) : "/";
    }

    /** A {@code lang} parameter left in the address would switch the language back on the next load. */
    private static String stripLang(String path) {
        return path.replaceAll("([?&])lang=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }
}
