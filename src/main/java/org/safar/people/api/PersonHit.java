package org.safar.people.api;

import java.time.LocalDate;

import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonSearch;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person found by a search: names as entered and in Latin letters, and how close the name is to the query. */
record PersonHit(long id, String reference, String familyName, String givenNames, String patronymic,
        @Schema(description = "Script the name was entered in: Latn, Cyrl or Mixed") String nameScript,
        @Schema(description = "The full name in Uzbek Latin letters") String nameLatin,
        LocalDate birthDate, Integer birthYear,
        @Schema(description = "Home region code, e.g. UZ-SA") String homeRegion,
        @Schema(description = "Name similarity from 0 to 1; 1 when only other criteria were given") double similarity) {

    static PersonHit of(PersonSearch.Hit hit) {
        var person = hit.person();
        return new PersonHit(person.id(), person.reference(), person.familyName(), person.givenNames(),
                person.patronymic(), person.nameScript(), ScriptTransliteration.toLatin(person.fullName()),
                person.birthDate(), person.birthYear(), person.homeRegion(),
                Math.round(hit.similarity() * 1000) / 1000.0);
    }
}
