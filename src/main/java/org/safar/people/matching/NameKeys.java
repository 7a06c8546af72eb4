package org.safar.people.matching;

import java.util.List;

/**
 * The derived forms of a person's name that the registry stores and indexes for candidate search.
 *
 * @param name all folded words, for trigram similarity
 * @param family folded family name stem
 * @param given folded given names
 * @param patronymic folded patronymic stem, or empty
 * @param phonetic sound key of family and first given name, for blocking
 */
public record NameKeys(String name, String family, String given, String patronymic, String phonetic) {

    public static NameKeys of(String familyName, String givenNames, String patronymic) {
        return of(PersonName.of(familyName, givenNames, patronymic));
    }

    public static NameKeys of(PersonName name) {
        String phonetic = PhoneticKey.word(name.family()) + " " + PhoneticKey.word(name.firstGiven());
        return new NameKeys(String.join(" ", name.allWords()), name.family(), String.join(" ", name.given()),
                name.patronymic(), phonetic.trim());
    }

    /** Keys for a line typed in a search box, whose order is not known. */
    public static NameKeys ofLine(String line) {
        return of(PersonName.parse(line));
    }

    public List<String> words() {
        return name.isEmpty() ? List.of() : List.of(name.split(" "));
    }
}
