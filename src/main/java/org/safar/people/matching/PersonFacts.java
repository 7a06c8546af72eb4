package org.safar.people.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * What identity resolution knows of a person: the name, the birth date or year, and the lookup hashes of their
 * identity documents.
 */
public record PersonFacts(PersonName name, LocalDate birthDate, Integer birthYear, Set<String> documentHashes) {

    public PersonFacts {
        documentHashes = documentHashes == null ? Set.of() : Set.copyOf(documentHashes);
        if (birthYear == null && birthDate != null) {
            birthYear = birthDate.getYear();
        }
    }
}
