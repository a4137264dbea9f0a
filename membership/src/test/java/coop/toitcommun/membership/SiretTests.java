package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiretTests {

    @Test
    void fourteenDigitsPassingTheLuhnCheckAreValid() {
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(Siret.isValid(Siret.normalise("732 829 320 00074"))).isTrue();
    }

    @Test
    void aWrongDigitOrAWrongLengthIsInvalid() {
        assertThat(Siret.isValid("73282932000075")).isFalse();
        assertThat(Siret.isValid("7328293200007")).isFalse();
        assertThat(Siret.isValid("7328293200007A")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void laPosteEstablishmentsOnlyNeedADigitSumMultipleOfFive() {
        // 3+5+6+0+0+0+0+0+0+0+0+5+5+1 = 25, yet the Luhn sum is not a multiple of 10
        assertThat(Siret.isValid("35600000000551")).isTrue();
        assertThat(Siret.isValid("35600000000552")).isFalse();
        // La Poste's head office follows Luhn
        assertThat(Siret.isValid("35600000000048")).isTrue();
    }
}
