package org.safar.people.matching;

/** The script a name was entered in, kept beside it so that it can be shown as written. */
public enum Script {
    LATN, CYRL, MIXED;

    /** {@code Latn}, {@code Cyrl} or {@code Mixed}, as stored. */
    public String code() {
        return switch (this) {
            case LATN -> "Latn";
            case CYRL -> "Cyrl";
            case MIXED -> "Mixed";
        };
    }

    public static Script of(String... texts) {
        boolean latin = false;
        boolean cyrillic = false;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
                latin |= script == Character.UnicodeScript.LATIN;
                cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            }
        }
        return latin && cyrillic ? MIXED : cyrillic ? CYRL : LATN;
    }
}
