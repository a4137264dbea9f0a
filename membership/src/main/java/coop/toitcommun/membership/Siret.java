package coop.toitcommun.membership;

/**
 * The SIRET number of an establishment: 14 digits whose Luhn sum is a multiple of 10, except La Poste's
 * establishments (SIREN 356000000), numbered beyond what Luhn allows, whose digits sum to a multiple of 5.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /** Digits only: people type SIRETs with spaces. */
    public static String normalise(String siret) {
        return siret == null ? "" : siret.replaceAll("[\\s.]", "");
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            return digitSum(siret) % 5 == 0;
        }
        return luhn(siret) % 10 == 0;
    }

    private static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
