package org.safar.people.generator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a name as an office would, by rules of its own (those of {@code tools/make_name_pairs.py}), independent
 * of the matcher's transliteration so that the matcher is tested rather than mirrored. Names of Central Asian
 * persons start from Uzbek Latin, names of Russians from Russian Cyrillic. Results are cached: the name pools
 * are finite, so the cache is bounded.
 */
final class Spellings {

    private static final String[][] LATIN_PAIRS = {{"Yoʻ", "Йў"}, {"yoʻ", "йў"}, {"Oʻ", "Ў"}, {"oʻ", "ў"},
            {"Gʻ", "Ғ"}, {"gʻ", "ғ"}, {"Sh", "Ш"}, {"sh", "ш"}, {"Ch", "Ч"}, {"ch", "ч"}, {"Yo", "Ё"}, {"yo", "ё"},
            {"Yu", "Ю"}, {"yu", "ю"}, {"Ya", "Я"}, {"ya", "я"}, {"Ye", "Е"}, {"ye", "е"}, {"ʼ", "ъ"}};
    private static final String LATIN = "ABDEFGHIJKLMNOPQRSTUVXYZabdefghijklmnopqrstuvxyz";
    private static final String UZBEK_CYRILLIC = "АБДЕФГҲИЖКЛМНОПҚРСТУВХЙЗабдефгҳижклмнопқрстувхйз";
    private static final Map<Character, String> ICAO = Map.ofEntries(Map.entry('А', "A"), Map.entry('Б', "B"),
            Map.entry('В', "V"), Map.entry('Г', "G"), Map.entry('Д', "D"), Map.entry('Е', "E"), Map.entry('Ё', "E"),
            Map.entry('Ж', "ZH"), Map.entry('З', "Z"), Map.entry('И', "I"), Map.entry('Й', "I"), Map.entry('К', "K"),
            Map.entry('Л', "L"), Map.entry('М', "M"), Map.entry('Н', "N"), Map.entry('О', "O"), Map.entry('П', "P"),
            Map.entry('Р', "R"), Map.entry('С', "S"), Map.entry('Т', "T"), Map.entry('У', "U"), Map.entry('Ф', "F"),
            Map.entry('Х', "KH"), Map.entry('Ц', "TS"), Map.entry('Ч', "CH"), Map.entry('Ш', "SH"),
            Map.entry('Щ', "SHCH"), Map.entry('Ы', "Y"), Map.entry('Э', "E"), Map.entry('Ю', "IU"),
            Map.entry('Я', "IA"), Map.entry('Ъ', "IE"), Map.entry('Ь', ""));
    private static final Map<Character, String> RUSSIAN_TO_LATIN = Map.ofEntries(Map.entry('а', "a"),
            Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ё', "yo"), Map.entry('ж', "j"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "x"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ъ', ""), Map.entry('ы', "i"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Spellings() {
    }

    /** A name of a Central Asian person, given in Uzbek Latin, as written in the script. */
    static String fromUzbekLatin(String latin, WrittenIn script) {
        return switch (script) {
            case UZBEK_LATIN -> latin;
            case UZBEK_CYRILLIC -> CACHE.computeIfAbsent("c" + latin, k -> uzbekCyrillic(latin));
            case RUSSIAN_CYRILLIC -> CACHE.computeIfAbsent("r" + latin, k -> russianClerk(uzbekCyrillic(latin)));
            case PASSPORT_LATIN -> CACHE.computeIfAbsent("p" + latin, k -> icao(russianClerk(uzbekCyrillic(latin))));
        };
    }

    /** A name of a Russian, given in Russian Cyrillic, as written in the script; Cyrillic offices keep it. */
    static String fromRussian(String cyrillic, WrittenIn script) {
        return switch (script) {
            case UZBEK_CYRILLIC, RUSSIAN_CYRILLIC -> cyrillic;
            case UZBEK_LATIN -> CACHE.computeIfAbsent("l" + cyrillic, k -> russianToLatin(cyrillic));
            case PASSPORT_LATIN -> CACHE.computeIfAbsent("i" + cyrillic, k -> icao(cyrillic));
        };
    }

    static String uzbekCyrillic(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        outer:
        while (i < latin.length()) {
            for (String[] pair : LATIN_PAIRS) {
                if (latin.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            char c = latin.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(latin.charAt(i - 1));
            if ((c == 'E' || c == 'e') && wordStart) {
                out.append(c == 'E' ? 'Э' : 'э');
            }
            else {
                int at = LATIN.indexOf(c);
                out.append(at < 0 ? c : UZBEK_CYRILLIC.charAt(at));
            }
            i++;
        }
        return out.toString();
    }

    /** How a Russian-speaking clerk writes Uzbek Cyrillic: ў→у, ғ→г, қ→к, ҳ→х, no hard sign. */
    static String russianClerk(String uzbekCyrillic) {
        StringBuilder out = new StringBuilder(uzbekCyrillic.length());
        for (char c : uzbekCyrillic.toCharArray()) {
            int at = "ЎўҒғҚқҲҳъ".indexOf(c);
            if (at < 0) {
                out.append(c);
            }
            else if (at < 8) {
                out.append("УуГгКкХх".charAt(at));
            }
        }
        return out.toString();
    }

    static String icao(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 4);
        for (char c : cyrillic.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(ICAO.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    static String russianToLatin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 4);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean afterVowel = i > 0 && "аеёиоуыэюяьъ".indexOf(Character.toLowerCase(cyrillic.charAt(i - 1))) >= 0;
            String latin = lower == 'е' && (i == 0 || afterVowel || !Character.isLetter(cyrillic.charAt(i - 1)))
                    ? "ye" : RUSSIAN_TO_LATIN.getOrDefault(lower, String.valueOf(c));
            out.append(c != lower && !latin.isEmpty()
                    ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
        }
        return out.toString();
    }
}
