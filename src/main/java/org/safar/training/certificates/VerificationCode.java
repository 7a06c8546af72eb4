package org.safar.training.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The public code of a certificate: 11 random characters of Crockford's base32 (55 bits, so that codes cannot be
 * guessed or enumerated) and a check character (Luhn mod 32) that catches a mistyped or swapped character before
 * any lookup. Shown in groups of four, {@code 7KQ2-M9XD-4HTR}; typed in any case, with or without dashes, and
 * with the letters people confuse (O for 0, I and L for 1) read as meant.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new random code with its check character, without dashes. */
    public static String generate() {
        StringBuilder code = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code)).toString();
    }

    /** The code as stored, from what someone typed; empty when it cannot be a code (wrong length or check). */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char meant = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(meant) < 0) {
                return Optional.empty();
            }
            code.append(meant);
        }
        if (code.length() != RANDOM_LENGTH + 1
                || checkCharacter(code.subSequence(0, RANDOM_LENGTH)) != code.charAt(RANDOM_LENGTH)) {
            return Optional.empty();
        }
        return Optional.of(code.toString());
    }

    /** {@code 7KQ2M9XD4HTR} as {@code 7KQ2-M9XD-4HTR}. */
    public static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** Luhn mod N over the base32 digits: every single-character error and most neighbour swaps change it. */
    static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
