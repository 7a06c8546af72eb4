package org.safar.people.registry;

import java.util.Objects;

import org.safar.people.PersonView;

/**
 * A fact about a person whose value the reviewer chooses, from either record, when two records are merged. The
 * birth date and the birth year go together (the year follows from the date).
 */
public enum MergeField {
    FAMILY_NAME, GIVEN_NAMES, PATRONYMIC, SEX, BIRTH, CITIZENSHIP, BIRTH_PLACE, HOME_REGION, HOME_DISTRICT,
    CURRENT_COUNTRY;

    /** The value as recorded: text, a code, or the birth date (else the birth year); null when empty. */
    public Object valueOf(PersonView person) {
        Object value = switch (this) {
            case FAMILY_NAME -> person.familyName();
            case GIVEN_NAMES -> person.givenNames();
            case PATRONYMIC -> person.patronymic();
            case SEX -> person.sex();
            case BIRTH -> person.birthDate() != null ? person.birthDate() : person.birthYear();
            case CITIZENSHIP -> person.citizenship();
            case BIRTH_PLACE -> person.birthPlace();
            case HOME_REGION -> person.homeRegion();
            case HOME_DISTRICT -> person.homeDistrict();
            case CURRENT_COUNTRY -> person.currentCountry();
        };
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /** Both records say the same (or both say nothing). */
    public boolean agrees(PersonView one, PersonView other) {
        return Objects.equals(valueOf(one), valueOf(other));
    }

    /**
     * Whose value to keep unless the reviewer says otherwise: the older record's, or the other one's when the
     * older record has none.
     */
    public PersonView defaultSource(PersonView older, PersonView newer) {
        return valueOf(older) == null && valueOf(newer) != null ? newer : older;
    }

    public String messageKey() {
        return "duplicate.field." + name();
    }
}
