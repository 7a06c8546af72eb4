package org.safar.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of Safar's interface. Uzbek is written in two scripts, so the script is part of the
 * language here: {@code uz} is Latin, {@code uz-Cyrl} Cyrillic.
 */
public enum Language {
    UZ_LATN("uz", "Oʻzbekcha"),
    UZ_CYRL("uz-Cyrl", "Ўзбекча"),
    RU("ru", "Русский"),
    EN("en", "English");

    /** The language of a visitor who says nothing we understand. */
    public static final Language DEFAULT = UZ_LATN;

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, as shown in the language switch. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a tag such as {@code uz-Cyrl}, {@code uz-Latn-UZ}, {@code ru-RU}; empty if unsupported. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return of(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    public static Optional<Language> of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "uz" -> Optional.of("Cyrl".equals(locale.getScript()) ? UZ_CYRL : UZ_LATN);
            case "ru" -> Optional.of(RU);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** The best of ours for an {@code Accept-Language} header, or empty if none of them is asked for. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> fromTag(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Picks the one of four values written in this language, for names stored once per language. */
    public static <T> T pick(Locale locale, T uz, T uzCyrl, T ru, T en) {
        return switch (of(locale).orElse(EN)) {
            case UZ_LATN -> uz;
            case UZ_CYRL -> uzCyrl;
            case RU -> ru;
            case EN -> en;
        };
    }

    public static List<Language> all() {
        return Arrays.asList(values());
    }
}
