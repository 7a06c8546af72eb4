package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-memory dictionary finds what a misspelt or cut word stands for, as pg_trgm would, common words first. */
class NameDictionaryTests {

    private final NameDictionary.Snapshot dictionary = NameDictionary.Snapshot.of(
            List.of("mirzaev", "mirzayv", "mirzo", "feruza", "nazarov", "karimov", "rahimov"),
            List.of(12_000L, 1L, 40L, 9_000L, 15_000L, 11_000L, 10_000L));

    @Test
    void trigramsArePaddedAsPgTrgmPadsThem() {
        assertThat(NameDictionary.trigrams("cat")).containsExactly("  c", " ca", "cat", "at ");
        assertThat(NameDictionary.trigrams("o'g")).containsExactly("  o", " o ", "  g", " g ");
    }

    @Test
    void aCutWordFindsTheCommonNameBeforeARareTypoOfIt() {
        assertThat(dictionary.similar("mirzay", 5)).startsWith("mirzaev").contains("mirzayv");
    }

    @Test
    void aMisspeltGivenNameFindsTheNameMeant() {
        assertThat(dictionary.similar("fesuza", 5)).containsExactly("feruza");
    }

    @Test
    void unrelatedNamesAreNotSimilar() {
        assertThat(dictionary.similar("zhanna", 5)).isEmpty();
        assertThat(dictionary.similar("nazarov", 5)).first().isEqualTo("nazarov");
    }
}
