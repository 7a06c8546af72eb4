package org.safar.protection.cases;

import org.safar.people.PersonId;

/** A person from the registry concerned by a case, in a role. */
public record CasePerson(PersonId person, PersonRole role) {
}
