package org.safar.people;

import org.safar.platform.audit.Auditable;

/**
 * Two records turned out to be one person: {@code merged} now redirects to {@code survivor}. Modules that keep a
 * {@link PersonId} move their references from {@code merged} to {@code survivor} when they hear this.
 */
public record PersonMerged(PersonId survivor, PersonId merged) implements Auditable {

    @Override
    public String auditAction() {
        return "PERSON_MERGED";
    }

    @Override
    public String auditEntityType() {
        return "Person";
    }

    @Override
    public String auditEntityId() {
        return survivor.toString();
    }

    @Override
    public String auditSummary() {
        return merged + " merged into " + survivor;
    }
}
