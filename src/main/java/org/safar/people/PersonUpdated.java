package org.safar.people;

import java.util.List;

import org.safar.platform.audit.Auditable;

/**
 * A person's basic facts were corrected: names, sex, birth, citizenship, home or current country.
 *
 * @param changed names of the fields that changed (never their values, some of which are secret)
 */
public record PersonUpdated(PersonId person, String reference, List<String> changed, String source)
        implements Auditable {

    public PersonUpdated {
        changed = List.copyOf(changed);
    }

    @Override
    public String auditAction() {
        return "PERSON_UPDATED";
    }

    @Override
    public String auditEntityType() {
        return "Person";
    }

    @Override
    public String auditEntityId() {
        return person.toString();
    }

    @Override
    public String auditSummary() {
        return reference + " " + String.join(", ", changed) + " via " + source;
    }
}
