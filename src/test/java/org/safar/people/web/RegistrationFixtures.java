package org.safar.people.web;

import java.util.concurrent.ThreadLocalRandom;

import org.safar.people.PersonView;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.Registration;
import org.springframework.stereotype.Component;

/**
 * People registered straight through the registry for page tests. All tests share one database, so names carry a
 * random syllable suffix that reads the same in Latin and Cyrillic, and people from different tests never match.
 */
@Component
class RegistrationFixtures {

    private static final String CONSONANTS = "bdfklmnprtvz";
    private static final String VOWELS = "aiu";

    private final PersonRegistry registry;
    private final PersonRecords records;

    RegistrationFixtures(PersonRegistry registry, PersonRecords records) {
        this.registry = registry;
        this.records = records;
    }

    /** Four random Latin syllables, e.g. {@code bakuzimi}: unique enough, and pronounceable in any script. */
    static String unique() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder syllables = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            syllables.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return syllables.toString();
    }

    /** A made-up name word, capitalised, e.g. {@code Bakuzimi}. */
    static String aName() {
        String word = unique();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A form with the given names and plausible defaults for the rest. */
    static Registration aPerson(String familyName, String givenNames, int birthYear) {
        Registration form = new Registration();
        form.setFamilyName(familyName);
        form.setGivenNames(givenNames);
        form.setSex("M");
        form.setBirthYear(birthYear);
        form.setHomeRegion("UZ-SA");
        return form;
    }

    /** Registers the person, past any possible matches, and returns the stored record. */
    PersonView registered(Registration form) {
        form.setConfirmedNew(true);
        long id = registry.register(form, "TEST").registered().value();
        return records.byId(id).orElseThrow();
    }
}
