package org.safar.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person as shown to staff: names as entered, the facts that identify them, and sensitive fields already
 * decrypted for a reader who may see them.
 */
public record PersonView(long id, String reference, String familyName, String givenNames, String patronymic,
        String nameScript, String sex, LocalDate birthDate, Integer birthYear, String citizenship, String birthPlace,
        String homeRegion, String homeDistrict, String homeAddress, String currentCountry, Long officeId,
        Long mergedInto, Instant createdAt) {

    /** Family, given names and patronymic as entered. */
    public String fullName() {
        StringBuilder name = new StringBuilder(familyName).append(' ').append(givenNames);
        if (patronymic != null && !patronymic.isBlank()) {
            name.append(' ').append(patronymic);
        }
        return name.toString();
    }

    public PersonId personId() {
        return PersonId.of(id);
    }
}
