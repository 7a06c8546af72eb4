package org.safar.mobility.web;

import org.safar.people.PersonId;
import org.safar.platform.DomainException;

/** Reading a person typed into a form: the number of the person's profile (as in {@code /people/123}), or the profile's address. */
final class ApplicationForms {

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?:.*/people/)?([0-9]{1,12})(?:[/?#].*)?");

    private ApplicationForms() {
    }

    /** {@code 123} or a profile address ending in it; anything else is refused with a message naming the field. */
    static PersonId personId(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("application.person.required");
        }
        java.util.regex.Matcher number = NUMBER.matcher(typed.trim());
        if (!number.matches()) {
            throw new DomainException("application.person.unknown", typed.trim());
        }
        return PersonId.of(Long.parseLong(number.group(1)));
    }
}
