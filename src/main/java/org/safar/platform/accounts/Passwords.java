package org.safar.platform.accounts;

import java.security.SecureRandom;

import org.safar.platform.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The password policy, hashing and one-time passwords. */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 10;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Hashes a password that meets the policy, or refuses it with a translated reason. */
    public String hashChecked(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("password.tooShort", MIN_LENGTH);
        }
        if (password.equalsIgnoreCase(username) || password.isBlank()) {
            throw new DomainException("password.tooSimple");
        }
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }

    /** A random password shown once to an administrator; the user must replace it at next login. */
    public static String oneTime() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
