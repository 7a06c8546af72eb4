package org.safar.people.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the many spellings of one name to one matching form: Uzbek Latin from any script, lower case, every
 * apostrophe of oʻ and gʻ, and the passport and Russian spellings that differ from Uzbek Latin (kh/x/h, q/k,
 * dzh/zh/j, iu/yu, ia/ya, ie/ye, ou/oʻ/u, doubled letters, hyphens). A passport's kh and zh copied letter by
 * letter into Russian Cyrillic (КХУЗХАЕВА for KHUZHAEVA) folds as the digraph, except before the name elements
 * -хон, -хан and -хўжа/-ходжа, where к or з ends the first name (Азизхон, Содикхон); see ADR 0006, addendum.
 * The result is for comparing, never for showing.
 */
public final class NameFolding {

    private static final Pattern APOSTROPHES = Pattern.compile("[ʻʼ'‘’`´ʹ]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** к or з then х (k, z then x once in Latin): a passport's kh or zh, unless a name element starts at the х. */
    private static final Pattern LETTERS_FOR_KH_ZH =
            Pattern.compile("(?<=^[kz])x|(?<=[kz])x(?!on|an|uj|oj|odj|odzh)");

    private NameFolding() {
    }

    /** The words of a name in matching form, in the order written. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String latin = ScriptTransliteration.toLatin(Normalizer.normalize(name, Normalizer.Form.NFC));
        String lower = latin.toLowerCase(Locale.ROOT);
        // oʻ is written u by Russian-trained clerks (Ўктам → Uktam); gʻ is g
        lower = lower.replaceAll("o[ʻʼ'‘’`´ʹ]", "u").replaceAll("g[ʻʼ'‘’`´ʹ]", "g");
        lower = APOSTROPHES.matcher(lower).replaceAll("");
        lower = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        lower = NOT_LETTER.matcher(lower.replace("-", "")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(lower.trim())) {
            if (!word.isEmpty()) {
                words.add(fold(word));
            }
        }
        return words;
    }

    /** One word in matching form. */
    static String fold(String word) {
        String w = LETTERS_FOR_KH_ZH.matcher(word).replaceAll("h");
        w = w.replace("dzh", "j").replace("dj", "j").replace("zh", "j");
        w = w.replace("kh", "h").replace('x', 'h');
        w = w.replace('q', 'k').replace('w', 'v');
        w = w.replace("iu", "yu").replace("ia", "ya").replace("ie", "ye");
        w = w.replace("ou", "u");
        w = w.replace("ye", "e").replace("yo", "o");
        if (w.endsWith("iy") || w.endsWith("yy")) {
            w = w.substring(0, w.length() - 1);
        }
        return collapseDoubles(w);
    }

    private static String collapseDoubles(String word) {
        StringBuilder single = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                single.append(word.charAt(i));
            }
        }
        return single.toString();
    }
}
