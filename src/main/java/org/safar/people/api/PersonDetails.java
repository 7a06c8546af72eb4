package org.safar.people.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.DistrictNames;
import org.safar.people.registry.OtherNames;
import org.safar.people.registry.PersonRecords;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person's record with their identity documents, contacts and other names, decrypted for the caller, and the
 * names of the home region and district in the caller's language.
 */
record PersonDetails(long id, String reference, String familyName, String givenNames, String patronymic,
        @Schema(description = "Script the name was entered in: Latn, Cyrl or Mixed") String nameScript,
        @Schema(description = "The full name in Uzbek Latin letters") String nameLatin,
        @Schema(description = "M or F") String sex, LocalDate birthDate, Integer birthYear,
        @Schema(description = "ISO 3166 alpha-2 code") String citizenship, String birthPlace,
        @Schema(description = "Region code, e.g. UZ-SA") String homeRegion,
        @Schema(description = "District code, e.g. UZ-SA-12, or a name typed before districts were a list")
        String homeDistrict, String homeAddress,
        @Schema(description = "ISO 3166 alpha-2 code of the country the person is in now") String currentCountry,
        @Schema(description = "Set when this record was merged into another: the id of the record that remains; "
                + "read and change that one instead") Long mergedInto,
        Instant createdAt, List<PersonRecords.Document> documents, List<PersonRecords.Contact> contacts,
        @Schema(description = "The home region's name in the language of Accept-Language (uz, uz-Cyrl, ru, en)")
        String homeRegionName,
        @Schema(description = "The home district's name in the language of Accept-Language; a name typed before "
                + "districts were a list as it was typed") String homeDistrictName,
        @Schema(description = "Other names the person is known by, each with the id that removes it")
        List<OtherNames.OtherName> otherNames) {

    static PersonDetails of(PersonView person, List<PersonRecords.Document> documents,
            List<PersonRecords.Contact> contacts, List<OtherNames.OtherName> otherNames, DistrictNames districts,
            Locale reader) {
        return new PersonDetails(person.id(), person.reference(), person.familyName(), person.givenNames(),
                person.patronymic(), person.nameScript(), ScriptTransliteration.toLatin(person.fullName()),
                person.sex(), person.birthDate(), person.birthYear(), person.citizenship(), person.birthPlace(),
                person.homeRegion(), person.homeDistrict(), person.homeAddress(), person.currentCountry(),
                person.mergedInto(), person.createdAt(), documents, contacts,
                districts.regionName(person.homeRegion(), reader), districts.nameOf(person.homeDistrict(), reader),
                otherNames);
    }
}
