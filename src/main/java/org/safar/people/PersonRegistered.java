package org.safar.people;

import org.safar.platform.audit.Auditable;

/** A new person was entered in the registry. */
public record PersonRegistered(PersonId person, String reference, String source) implements Auditable {

    @Override
    public String auditAction() {
        return "PERSON_REGISTERED";
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
        return reference + " via " + source;
    }
}
