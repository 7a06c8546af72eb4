package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Near names: two real names a letter or two apart are two people and go to a reviewer, never merged on the name;
 * one name spelt two ways, or misspelt, is still the same name.
 */
class NameComparatorTests {

    private final NameComparator comparator = new NameComparator();

    @ParameterizedTest
    @CsvSource({
            "Xolmatov Shahzod, Xolmatov Shahboz",
            "Xolmatov Shahzod, КХОЛМАТОВ СХАХБОЗ",
            "Joʻrayev Jasur, Jumayev Jasur",
            "Toshmatov Bahodir, Toshpoʻlatov Bahodir",
            "Karimov Dilshod, Karimova Dilshoda",
            "Sobirov Hasan, Sobirov Husan",
            "'Karimov Rustam Joʻrayevich', 'Karimov Rustam Jumayevich'" })
    void twoRealNamesALetterApartAreForAReviewerNotAMatch(String a, String b) {
        assertThat(comparator.compare(a, b).decision()).isNotEqualTo(MatchDecision.MATCH);
    }

    @ParameterizedTest
    @CsvSource({
            "Karimov Azizxon, Karimov Azizjon",
            "Sodiqov Sodiqxon, Содиков Содикжон",
            "Nazarov Anvarbek, Nazarov Anvarjon",
            "Rahimov Ulugʻbek, Rahimov Ulugʻboy" })
    void oneStemWithDifferentNameElementsIsTwoNamesEvenWhenNotListed(String a, String b) {
        assertThat(comparator.compare(a, b).decision()).isEqualTo(MatchDecision.POSSIBLE);
    }

    @ParameterizedTest
    @CsvSource({
            "Nazarov Oybek, Nazarov Aybek",
            "Qodirov Sherzod, Kodirov Sherzot",
            "Hasanov Doniyor, Хасанов Данияр",
            "Sultonov Temur, Султанов Тимур",
            "Rahimov Ulugʻbek, Rakhimov Ulugbek" })
    void spellingsOfOneKnownNameMatch(String a, String b) {
        assertThat(comparator.compare(a, b).decision()).isEqualTo(MatchDecision.MATCH);
    }

    @ParameterizedTest
    @CsvSource({
            "Usmonov Oʻktam, Uslonov Oʻktam",
            "Hasanov Nodir, Hasalov Nodir",
            "Rahimova Zarina, Rahimova Zarira",
            "Eshmatov Shavkat, Esbmatov Shavkat" })
    void aMisspellingThatIsNoNameStillMatches(String a, String b) {
        assertThat(comparator.compare(a, b).decision()).isEqualTo(MatchDecision.MATCH);
    }
}
