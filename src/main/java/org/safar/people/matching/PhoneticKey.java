package org.safar.people.matching;

import java.util.stream.Collectors;

/**
 * A coarse sound key of a name, equal for spellings a clerk might produce from hearing it: vowels after the first
 * letter dropped, voiced and voiceless pairs merged, doubled letters collapsed. Used as a blocking key and as a
 * small bonus when two names already look alike.
 */
public final class PhoneticKey {

    private PhoneticKey() {
    }

    public static String of(PersonName name) {
        return name.allWords().stream().map(PhoneticKey::word).sorted().collect(Collectors.joining(" "));
    }

    /** The key of one folded word: rahimov → rhmf, rakhimov → rhmf. */
    public static String word(String folded) {
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder key = new StringBuilder().append(merge(folded.charAt(0)));
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                continue;
            }
            char merged = merge(c);
            if (key.charAt(key.length() - 1) != merged) {
                key.append(merged);
            }
        }
        return key.toString();
    }

    private static char merge(char c) {
        return switch (c) {
            case 'b' -> 'p';
            case 'd' -> 't';
            case 'g', 'k' -> 'k';
            case 'v', 'w' -> 'f';
            case 'z' -> 's';
            case 'j' -> 'j';
            case 'e', 'i', 'y' -> 'i';
            case 'o', 'u' -> 'u';
            default -> c;
        };
    }
}
