package org.safar.people.web;

import org.safar.people.PersonView;

/**
 * A person as one reader sees them: the name in the reader's script beside the name as entered, and the home
 * region in the reader's language.
 */
record ShownPerson(PersonView person, String name, String nameAsEntered, String regionName) {

    /** True when the reader's script differs from the one the name was entered in. */
    public boolean transliterated() {
        return !name.equals(nameAsEntered);
    }
}
