package coop.toitcommun.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class HouseNameFormsTests {

    private static final String SENTENCE = "@Maison@ : l’équipe @de+maison@ vous attend @à+maison@, car @maison@ ouvre.";

    @Test
    void frenchContractsTheArticleOfTheName() {
        assertThat(fill("Le Toit Commun")).isEqualTo("Le Toit Commun : l’équipe du Toit Commun vous attend au Toit Commun, car le Toit Commun ouvre.");
        assertThat(fill("La Fabrique")).isEqualTo("La Fabrique : l’équipe de la Fabrique vous attend à la Fabrique, car la Fabrique ouvre.");
        assertThat(fill("L’Atelier")).isEqualTo("L’Atelier : l’équipe de l’Atelier vous attend à l’Atelier, car l’Atelier ouvre.");
        assertThat(fill("Les Coursives")).isEqualTo("Les Coursives : l’équipe des Coursives vous attend aux Coursives, car les Coursives ouvre.");
        assertThat(fill("Ecopole")).isEqualTo("Ecopole : l’équipe d’Ecopole vous attend à Ecopole, car Ecopole ouvre.");
        assertThat(fill("Porte Mine")).isEqualTo("Porte Mine : l’équipe de Porte Mine vous attend à Porte Mine, car Porte Mine ouvre.");
    }

    @Test
    void otherLanguagesUseTheNameAsItIs() {
        assertThat(HouseNameForms.of("Le Toit Commun", Locale.ENGLISH).fill("Welcome to @Maison@, the team @de+maison@"))
            .isEqualTo("Welcome to Le Toit Commun, the team Le Toit Commun");
    }

    @Test
    void aNameWithQuotesOrBracesStaysWholeInAMessageWithArguments() {
        String pattern = HouseNameForms.of("L'Atelier {bis}", Locale.FRENCH).quoted().fill("Bonjour {0}, bienvenue @à+maison@ !");
        assertThat(new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {"Nadia"}))
            .isEqualTo("Bonjour Nadia, bienvenue à l'Atelier {bis} !");
    }

    @Test
    void onlyMessagesWithATokenNameTheHouse() {
        assertThat(HouseNameForms.hasTokens("Écrivez à contact@toitcommun.coop")).isFalse();
        assertThat(HouseNameForms.hasTokens(SENTENCE)).isTrue();
    }

    private static String fill(String name) {
        return HouseNameForms.of(name, Locale.FRENCH).fill(SENTENCE);
    }
}
