package org.safar.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A module's name in the reader's language, or else the nearest one that was typed. */
class TrainingModuleNameTests {

    private static final Locale UZ = Locale.forLanguageTag("uz");
    private static final Locale UZ_CYRL = Locale.forLanguageTag("uz-Cyrl");

    @Test
    void eachReaderSeesTheNameInTheirLanguageWhenItWasTyped() {
        Course.Module module = new Course.Module("Amaliyot", "Амалиёт", "Практика", "Practice", 40);
        assertThat(module.name(UZ)).isEqualTo("Amaliyot");
        assertThat(module.name(UZ_CYRL)).isEqualTo("Амалиёт");
        assertThat(module.name(Locale.forLanguageTag("ru"))).isEqualTo("Практика");
        assertThat(module.name(Locale.ENGLISH)).isEqualTo("Practice");
    }

    @Test
    void aMissingNameFallsBackToTheOtherScriptFirstThenToAnyOther() {
        assertThat(new Course.Module("Amaliyot", null, "Практика", null, 40).name(UZ_CYRL)).isEqualTo("Amaliyot");
        assertThat(new Course.Module(null, "Амалиёт", "Практика", null, 40).name(UZ)).isEqualTo("Амалиёт");
        assertThat(new Course.Module(null, null, "Практика", null, 40).name(Locale.ENGLISH)).isEqualTo("Практика");
        assertThat(new Course.Module(null, null, null, "Practice", 40).name(Locale.forLanguageTag("ru")))
                .isEqualTo("Practice");
    }
}
