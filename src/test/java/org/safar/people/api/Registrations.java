package org.safar.people.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * Registration bodies for the API with names nobody else in the shared test database has: made-up words of
 * random syllables, so that earlier runs never turn up as likely matches.
 */
final class Registrations {

    private static final String[] SYLLABLES = { "ba", "da", "ka", "la", "ma", "na", "ra", "sa", "ta", "za", "bo",
            "do", "ko", "lo", "mo", "no", "ro", "so", "to", "zo", "bu", "du", "ku", "lu", "mu", "nu", "ru", "su" };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Registrations() {
    }

    /** A man with a unique family and given name, born on a random day, no document. */
    static Registrations someone() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Registrations().with("familyName", capitalised(word(5)) + "ov")
                .with("givenNames", capitalised(word(3))).with("sex", "M")
                .with("birthDate", LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12),
                        1 + random.nextInt(28)).toString());
    }

    /** A passport number nobody else has. */
    static String uniqueDocumentNumber() {
        return "AC" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    Registrations with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    Object get(String field) {
        return fields.get(field);
    }

    String json() {
        return JSON.writeValueAsString(fields);
    }

    private static String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[ThreadLocalRandom.current().nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
