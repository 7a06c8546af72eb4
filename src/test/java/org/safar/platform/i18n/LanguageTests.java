package org.safar.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.platform.Language;

/** How a visitor's browser settings map to one of Safar's four languages. */
class LanguageTests {

    @Test
    void uzbekWithoutAScriptMeansLatin() {
        assertThat(Language.fromAcceptLanguage("uz")).contains(Language.UZ_LATN);
        assertThat(Language.fromAcceptLanguage("uz-UZ,uz;q=0.9")).contains(Language.UZ_LATN);
    }

    @Test
    void uzbekCyrillicIsRecognisedByItsScript() {
        assertThat(Language.fromAcceptLanguage("uz-Cyrl-UZ,ru;q=0.8")).contains(Language.UZ_CYRL);
        assertThat(Language.fromTag("uz_Cyrl")).contains(Language.UZ_CYRL);
    }

    @Test
    void theFirstSupportedLanguageByWeightWins() {
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7")).contains(Language.RU);
        assertThat(Language.fromAcceptLanguage("en;q=0.5,ru;q=0.9")).contains(Language.RU);
    }

    @Test
    void nothingWeSpeakOrAMalformedHeaderGivesNoLanguage() {
        assertThat(Language.fromAcceptLanguage("de,fr;q=0.5")).isEmpty();
        assertThat(Language.fromAcceptLanguage(";;;q=x")).isEmpty();
        assertThat(Language.fromAcceptLanguage(null)).isEmpty();
    }

    @Test
    void namesStoredPerLanguageArePickedByTheReadersLocale() {
        assertThat(Language.pick(Locale.forLanguageTag("uz-Cyrl"), "a", "b", "c", "d")).isEqualTo("b");
        assertThat(Language.pick(Locale.forLanguageTag("uz"), "a", "b", "c", "d")).isEqualTo("a");
        assertThat(Language.pick(Locale.forLanguageTag("ru-RU"), "a", "b", "c", "d")).isEqualTo("c");
        assertThat(Language.pick(Locale.GERMAN, "a", "b", "c", "d")).isEqualTo("d");
    }
}
