package org.safar.people.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name in matching form, split into family name, given names and patronymic. Built from separate fields when an
 * officer typed them, or from one line when only that is known: then the endings tell the parts apart (-ov/-eva,
 * -zoda, -uly are family names; -ovich/-evna, oʻgʻli, qizi are patronymics).
 *
 * @param family family name stem with the feminine ending removed (karimova → karimov), or empty
 * @param given given names
 * @param patronymic the father's name without its suffix (akmalovich, akmal oʻgʻli → akmal), or empty
 * @param ordered whether the roles are known from fields or endings rather than guessed
 */
public record PersonName(String family, List<String> given, String patronymic, boolean ordered) {

    private static final Set<String> PATRONYMIC_WORDS = Set.of("ugli", "ogli", "ugly", "ogly", "uly", "uli", "kizi",
            "kyzy", "kizy", "kyzi");
    private static final List<String> PATRONYMIC_ENDINGS = List.of("ovich", "evich", "ovna", "evna", "ichna",
            "ich");
    /** Endings that mark a family name almost surely. */
    private static final List<String> FAMILY_ENDINGS = List.of("ova", "eva", "ov", "ev", "zoda", "zada", "zade",
            "ski", "skaya", "uly", "yan", "enko");
    /** Endings that mark a family name only when nothing surer is there (Pushkin, but also Zarina, Madina). */
    private static final List<String> WEAK_FAMILY_ENDINGS = List.of("ina", "in");

    /** From the three fields of a registration form; any may be blank. */
    public static PersonName of(String familyName, String givenNames, String patronymic) {
        List<String> family = NameFolding.words(familyName);
        List<String> given = NameFolding.words(givenNames);
        if (typedInEachOthersField(family, given)) {
            List<String> swapped = family;
            family = given;
            given = swapped;
        }
        List<String> father = NameFolding.words(patronymic);
        return new PersonName(family.isEmpty() ? "" : familyStem(String.join("", family)), given,
                patronymicStem(father), true);
    }

    /**
     * Karimov typed as the given name and Rustam as the family name: the family field has no family-name ending
     * while the given-name field starts with one.
     */
    private static boolean typedInEachOthersField(List<String> family, List<String> given) {
        return !family.isEmpty() && !given.isEmpty() && firstWithEnding(family, FAMILY_ENDINGS) < 0
                && firstWithEnding(given.subList(0, 1), FAMILY_ENDINGS) == 0;
    }

    /** From one line such as "Karimov Rustam Akmalovich", "Rustam Akmal oʻgʻli Karimov" or "RUSTAM KARIMOV". */
    public static PersonName parse(String line) {
        List<String> words = new ArrayList<>(NameFolding.words(line));
        String patronymic = "";
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (PATRONYMIC_WORDS.contains(word) && i > 0) {
                patronymic = words.get(i - 1);
                words.remove(i);
                words.remove(i - 1);
                break;
            }
            if (isPatronymic(word)) {
                patronymic = patronymicStem(List.of(word));
                words.remove(i);
                break;
            }
        }
        int familyAt = firstWithEnding(words, FAMILY_ENDINGS);
        if (familyAt < 0) {
            familyAt = firstWithEnding(words, WEAK_FAMILY_ENDINGS);
        }
        boolean ordered = familyAt >= 0;
        if (familyAt < 0 && words.size() > 1) {
            familyAt = 0; // a line without endings is read as "family given", as in registers and passports
        }
        String family = familyAt < 0 ? "" : familyStem(words.remove(familyAt));
        return new PersonName(family, List.copyOf(words), patronymic, ordered);
    }

    /** All words of the name, for token-set comparison when roles are unknown. */
    public List<String> allWords() {
        List<String> all = new ArrayList<>();
        if (!family.isEmpty()) {
            all.add(family);
        }
        all.addAll(given);
        if (!patronymic.isEmpty()) {
            all.add(patronymic);
        }
        return all;
    }

    public String firstGiven() {
        return given.isEmpty() ? "" : given.get(0);
    }

    private static int firstWithEnding(List<String> words, List<String> endings) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 3 && endings.stream().anyMatch(word::endsWith) && !isPatronymic(word)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isPatronymic(String word) {
        return word.length() > 5 && PATRONYMIC_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** karimova → karimov, yusupova → yusupov; other names unchanged. */
    static String familyStem(String word) {
        if ((word.endsWith("ova") || word.endsWith("eva") || word.endsWith("ina")) && word.length() > 4) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("skaya")) {
            return word.substring(0, word.length() - 4) + "ki";
        }
        return word;
    }

    /** akmalovich, akmalovna, akmal → akmal. */
    static String patronymicStem(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        String word = words.get(0);
        for (String ending : PATRONYMIC_ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
