package coop.toitcommun.governance.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the register refuses to keep in a note, and the ordinary sentences it lets through. */
class SecretTextTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "Mot de passe : Toit2026!",
        "mot de passe: azerty",
        "Mots de passe = hunter2",
        "MDP:lens62",
        "password: hunter2",
        "Password = hunter2",
        "Code : 4512",
        "code: 4512B",
        "Digicode : 1234A",
        "code PIN : 0000",
        "Code de l’alarme : 7788",
        "code d'accès: 12",
        "Le code est 4512",
        "le digicode est 45-12-3",
        "the code is 98765",
        "pin=1234",
        "Accès banque\nidentifiant 123\nmot de passe : Crédit2026"})
    void refusesWhatObviouslyHoldsAPasswordOrACode(String text) {
        assertThat(SecretText.holdsASecret(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Le code est dans le classeur rouge.",
        "Le mot de passe est dans le gestionnaire de mots de passe de l’association.",
        "Demandez le code à Martine.",
        "Code postal : 62300 Lens",
        "Barcode: scanner à l’accueil",
        "Les clés sont dans la boîte du bureau ; le code de la boîte est dans le classeur bleu.",
        "Rendez-vous : mardi 10 h à la mairie",
        "Le digicode change chaque trimestre, voir la note du bureau."})
    void letsThroughWhereThingsAre(String text) {
        assertThat(SecretText.holdsASecret(text)).as(text).isFalse();
    }
}
