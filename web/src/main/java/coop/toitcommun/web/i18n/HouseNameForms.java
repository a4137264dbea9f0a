package coop.toitcommun.web.i18n;

import java.util.Locale;

/**
 * The forms a house's name takes inside a sentence, which messages ask for with tokens: {@code @Maison@} (its name,
 * as at the start of a sentence), {@code @maison@} (within a sentence), {@code @de+maison@} and {@code @à+maison@}.
 * French contracts the article: « l’équipe du Toit Commun », « au Toit Commun », « de la Fabrique », « à l’Atelier »,
 * « d’Ecopole », « à Porte Mine ». Other languages use the name as it is.
 */
record HouseNameForms(String name, String within, String of, String at) {

    static final String NAME = "@Maison@";
    static final String WITHIN = "@maison@";
    static final String OF = "@de+maison@";
    static final String AT = "@à+maison@";

    static HouseNameForms of(String name, Locale locale) {
        if (!"fr".equals(locale.getLanguage())) {
            return new HouseNameForms(name, name, name, name);
        }
        if (starts(name, "Le ")) {
            String rest = name.substring(3);
            return new HouseNameForms(name, "le " + rest, "du " + rest, "au " + rest);
        }
        if (starts(name, "Les ")) {
            String rest = name.substring(4);
            return new HouseNameForms(name, "les " + rest, "des " + rest, "aux " + rest);
        }
        if (starts(name, "La ")) {
            String within = "la " + name.substring(3);
            return new HouseNameForms(name, within, "de " + within, "à " + within);
        }
        if (starts(name, "L’") || starts(name, "L'")) {
            String within = "l" + name.substring(1);
            return new HouseNameForms(name, within, "de " + within, "à " + within);
        }
        boolean elides = !name.isEmpty() && "AEÉÈÊIÎOÔUHaeéèêiîoôuh".indexOf(name.charAt(0)) >= 0;
        return new HouseNameForms(name, name, (elides ? "d’" : "de ") + name, "à " + name);
    }

    /** The message with its tokens replaced by these forms. */
    String fill(String message) {
        return message.replace(NAME, name).replace(WITHIN, within).replace(OF, of).replace(AT, at);
    }

    /** The forms as a {@link java.text.MessageFormat} pattern reads them back: quotes and braces quoted. */
    HouseNameForms quoted() {
        return new HouseNameForms(quote(name), quote(within), quote(of), quote(at));
    }

    private static String quote(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }

    static boolean hasTokens(String message) {
        return message.indexOf('@') >= 0 && (message.contains(NAME) || message.contains(WITHIN) || message.contains(OF)
            || message.contains(AT));
    }

    private static boolean starts(String name, String article) {
        return name.startsWith(article) && name.length() > article.length();
    }
}
