package org.safar.people.generator;

import java.util.SplittableRandom;

/** The slips of a hand and of a scanner, applied to one name in any script. */
final class Misspellings {

    private static final String[][] OCR = {{"q", "g"}, {"Q", "G"}, {"rn", "m"}, {"m", "rn"}, {"l", "I"},
            {"h", "b"}, {"ш", "щ"}, {"Ш", "Щ"}, {"и", "й"}, {"п", "н"}, {"RN", "M"}};

    private Misspellings() {
    }

    /** A dropped, swapped, doubled or mistyped letter after the second; null when the word is too short. */
    static String typo(String word, SplittableRandom random) {
        if (word == null || word.length() < 5) {
            return null;
        }
        int i = 2 + random.nextInt(word.length() - 3);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            case 2 -> word.substring(0, i) + word.charAt(i) + word.substring(i);
            default -> word.substring(0, i) + substitute(word.charAt(i), random) + word.substring(i + 1);
        };
    }

    /** The first confusion a scanner could make in the word, from a random start; null when none applies. */
    static String ocr(String word, SplittableRandom random) {
        if (word == null) {
            return null;
        }
        int start = random.nextInt(OCR.length);
        for (int k = 0; k < OCR.length; k++) {
            String[] confusion = OCR[(start + k) % OCR.length];
            int at = word.indexOf(confusion[0], 1);
            if (at > 0) {
                return word.substring(0, at) + confusion[1] + word.substring(at + confusion[0].length());
            }
        }
        return null;
    }

    private static char substitute(char c, SplittableRandom random) {
        boolean cyrillic = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
        String vowels = cyrillic ? "аеиоу" : "aeiou";
        String consonants = cyrillic ? "рнмлст" : "rnmlst";
        char lower = Character.toLowerCase(c);
        String from = vowels.indexOf(lower) >= 0 ? vowels : consonants;
        char other = from.charAt(random.nextInt(from.length()));
        if (other == lower) {
            other = from.charAt((from.indexOf(other) + 1) % from.length());
        }
        return Character.isUpperCase(c) ? Character.toUpperCase(other) : other;
    }
}
