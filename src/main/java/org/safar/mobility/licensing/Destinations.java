package org.safar.mobility.licensing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The countries Uzbek agencies recruit for, as ISO 3166 codes; names come from CLDR in the reader's language. */
public final class Destinations {

    public static final List<String> CODES = List.of("RU", "KZ", "KR", "TR", "AE", "GB", "DE", "PL", "JP", "IL",
            "SA", "QA", "LV", "LT", "CZ", "HU", "BG", "SK", "KG");

    private Destinations() {
    }

    public static boolean known(String code) {
        return CODES.contains(code);
    }

    public static String name(String code, Locale reader) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(reader);
    }

    /** The codes sorted by their name in the reader's language. */
    public static List<String> sortedFor(Locale reader) {
        return CODES.stream().sorted(Comparator.comparing(code -> name(code, reader))).toList();
    }
}
