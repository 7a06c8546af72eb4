package org.safar.people.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells two real names apart from one name misspelt. Jaro-Winkler cannot: Joʻrayev/Jumayev and Usmonov/Uslonov
 * (a typo) are both one consonant apart. Two names are different names when both are in Safar's list of names
 * ({@code matching/known-names.txt}) on different lines, or when they are one stem with different name elements
 * (Azizxon, Azizjon, Azizbek). A spelling the list does not know may be a misspelling and is left to the letters.
 * Words are compared in matching form ({@link NameFolding}), family names by their root.
 */
final class KnownNames {

    /** The most a word may score against a different name: below a match, so a reviewer decides. */
    static final double DIFFERENT_NAME = 0.84;

    /** Elements that end compound names; one line, one element in its spellings. */
    private static final List<List<String>> ELEMENTS = List.of(List.of("hon", "han"), List.of("jon"),
            List.of("bek", "beg"), List.of("boy", "bay", "bai"), List.of("huja", "hoja"), List.of("gul"),
            List.of("niso", "nisa"));

    private static final Map<String, Integer> NAMES = load();

    private KnownNames() {
    }

    /** Rustam and Rustem, Oybek and Aybek: spellings of one name in the list. */
    static boolean sameName(String a, String b) {
        Integer nameA = NAMES.get(a);
        return nameA != null && nameA.equals(NAMES.get(b));
    }

    /** Shahzod and Shahboz, Joʻra and Juma, Azizxon and Azizjon: two names, so two people. */
    static boolean differentNames(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        Integer nameA = NAMES.get(a);
        Integer nameB = NAMES.get(b);
        if (nameA != null && nameB != null) {
            return !nameA.equals(nameB);
        }
        return differentElements(a, b);
    }

    private static boolean differentElements(String a, String b) {
        int elementA = element(a);
        int elementB = element(b);
        if (elementA < 0 || elementB < 0 || elementA == elementB) {
            return false;
        }
        String stemA = a.substring(0, a.length() - ending(a, elementA).length());
        String stemB = b.substring(0, b.length() - ending(b, elementB).length());
        return stemA.length() >= 3 && stemA.equals(stemB);
    }

    private static int element(String word) {
        for (int i = 0; i < ELEMENTS.size(); i++) {
            if (!ending(word, i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String ending(String word, int element) {
        return ELEMENTS.get(element).stream().filter(word::endsWith).findFirst().orElse("");
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> names = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                KnownNames.class.getResourceAsStream("/matching/known-names.txt"), StandardCharsets.UTF_8))) {
            String line;
            int name = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                name++;
                for (String spelling : NameFolding.words(line)) {
                    Integer before = names.put(spelling, name);
                    if (before != null && before != name) {
                        throw new IllegalStateException("Two names spelt " + spelling + " in known-names.txt");
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
