package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passport's Latin typed letter by letter in Russian Cyrillic reaches the key of the proper spelling, and names
 * whose к, з or с really meet an х keep theirs.
 */
class NameFoldingTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "КХУЗХАЕВА | Xoʻjayeva",
            "КХУЗХАЕВА | KHUZHAEVA",
            "Кхолматов | Xolmatov",
            "РАКХИМОВ | Rahimov",
            "МУКХАММАД | Muhammad",
            "ЗХАСУР | Jasur",
            "ДЗХУРАЕВ | Joʻrayev",
            "ХОДЗХАЕВ | KHODZHAEV",
            "СХАКХЗОД | Shahzod",
            "СХУКХРАТ | Shuxrat",
            "ТСОЙ | Цой",
            "ЙУЛДУЗ | Yulduz",
            "ЙАКУБОВ | Якубов",
            "ЗИЙАЕВ | Ziyayev",
            "Исхоқ | Ishoq" })
    void aPassportSpellingTypedInRussianLettersFoldsLikeTheName(String typed, String name) {
        assertThat(NameFolding.words(typed)).isEqualTo(NameFolding.words(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Азизхон | Azizxon",
            "Содикхон | Sodiqxon",
            "Фирузхон | Firuzxon",
            "Азизхўжаев | Azizxoʻjayev",
            "Содикходжаев | Sodiqxodjayev",
            "Бекхан | Bekxan" })
    void aNameEndingInKOrZBeforeANameElementKeepsBothLetters(String cyrillic, String latin) {
        assertThat(NameFolding.words(cyrillic)).isEqualTo(NameFolding.words(latin));
    }
}
