package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What outweighs a name: documents, birth dates, and how common the family name is. */
class PersonMatcherTests {

    private final PersonMatcher matcher = new PersonMatcher();

    @Test
    void theSameDocumentMakesAMatchThroughAMisspeltName() {
        var a = facts("Qodirov", "Oʻktam", null, 1990, "hash-1");
        var b = facts("Kadyrov", "Uktam", null, 1990, "hash-1");

        assertThat(matcher.compare(a, b).decision()).isEqualTo(MatchDecision.MATCH);
        assertThat(matcher.compare(a, b).reasons()).contains("match.reason.sameDocument");
    }

    @Test
    void theSameNameWithBirthYearsApartIsTwoPeople() {
        var a = facts("Karimov", "Rustam", null, 1979, null);
        var b = facts("Karimov", "Rustam", null, 1991, null);

        assertThat(matcher.compare(a, b).decision()).isEqualTo(MatchDecision.NONMATCH);
        assertThat(matcher.compare(a, b).reasons()).contains("match.reason.birthYearDiffers");
    }

    @Test
    void aCommonFamilyNameCountsForLessThanARareOne() {
        var a = facts("Karimov", "Rustam", null, 1985, null);
        var b = facts("Karimov", "Rashid", null, 1985, null);

        double rare = matcher.compare(a, b, false).score();
        double common = matcher.compare(a, b, true).score();

        assertThat(common).isLessThan(rare);
        assertThat(matcher.compare(a, b, true).reasons()).contains("match.reason.commonFamilyName");
    }

    @Test
    void aCommonFamilyNameDoesNotWeakenAnEqualBirthDate() {
        var a = facts("Karimov", "Rustam", LocalDate.of(1985, 4, 2), null, null);
        var b = facts("Каримов", "Рустам", LocalDate.of(1985, 4, 2), null, null);

        assertThat(matcher.compare(a, b, true).score()).isEqualTo(matcher.compare(a, b, false).score());
    }

    @Test
    void namesTypedIntoEachOthersFieldsAreStillOnePerson() {
        var a = facts("Karimov", "Rustam", LocalDate.of(1985, 4, 2), null, null);
        var b = facts("Rustam", "Karimov", LocalDate.of(1985, 4, 2), null, null);

        assertThat(matcher.compare(a, b).decision()).isEqualTo(MatchDecision.MATCH);
    }

    @Test
    void aGivenNameAndFamilyNameThatTradePlacesAreStillTwoPeople() {
        var a = facts("Karimov", "Rustam", null, 1985, null);
        var b = facts("Rustamov", "Karim", null, 1985, null);

        assertThat(matcher.compare(a, b).decision()).isEqualTo(MatchDecision.NONMATCH);
    }

    @Test
    void aNameAndABirthYearAloneMakeAPossibleMatchNeverACertainOne() {
        var a = facts("Karimov", "Rustam", null, 1985, null);
        var b = facts("Каримов", "Рустам", null, 1985, null);

        assertThat(matcher.compare(a, b).decision()).isEqualTo(MatchDecision.POSSIBLE);
        assertThat(matcher.compare(a, b).reasons()).contains("match.reason.nameOnly");
    }

    private static PersonFacts facts(String family, String given, LocalDate born, Integer year, String document) {
        return new PersonFacts(PersonName.of(family, given, null), born, year,
                document == null ? Set.of() : Set.of(document));
    }
}
