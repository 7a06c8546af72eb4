package org.safar.people.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ways to reach a person, each with its rule for a well-formed value and the form in which values are
 * compared (the lookup hash is taken of that form, so "+998 90 123-45-67" and "998901234567" are one phone).
 */
public enum ContactKind {

    PHONE, TELEGRAM, WHATSAPP, IMO, EMAIL;

    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ()-]{7,30}");
    private static final Pattern TELEGRAM_NAME = Pattern.compile("@?[A-Za-z][A-Za-z0-9_]{4,31}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");

    /** Whether {@code value} is a well-formed value of this kind. */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String trimmed = value.strip();
        return switch (this) {
            case PHONE, WHATSAPP, IMO -> isPhone(trimmed);
            case TELEGRAM -> isPhone(trimmed) || TELEGRAM_NAME.matcher(trimmed).matches();
            case EMAIL -> trimmed.length() <= 254 && EMAIL_ADDRESS.matcher(trimmed).matches();
        };
    }

    /** The value as compared: digits only for phone numbers, lower case for user names and addresses. */
    public String normalise(String value) {
        String trimmed = value.strip();
        if (this != EMAIL && isPhone(trimmed)) {
            return Registration.normalisePhone(trimmed);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return this == TELEGRAM && !lower.startsWith("@") ? "@" + lower : lower;
    }

    private static boolean isPhone(String value) {
        if (!PHONE_NUMBER.matcher(value).matches()) {
            return false;
        }
        int digits = Registration.normalisePhone(value).length();
        return digits >= 7 && digits <= 20;
    }
}
