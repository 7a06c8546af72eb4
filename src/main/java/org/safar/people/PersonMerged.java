package org.safar.people;

import org.safar.platform.audit.Auditable;

/**
 * Two records turned out to be one person: {@code merged} now redirects to {@code survivor}.
 *
 * <p>The contract for listeners. The event is published inside the merge's transaction, after the registry has
 * moved its own data (names, documents, contacts, consents, family links, open review pairs) to the survivor, and
 * it is written to the audit trail there. A module that keeps a {@link PersonId} listens with
 * {@code @ApplicationModuleListener} (after commit, its own transaction, retried from the event publication log
 * after a crash) and moves every reference from {@code merged} to {@code survivor}; it must be idempotent, since a
 * publication may be delivered again, and must expect rows of both ids to collide (one payment per person, one
 * enrolment per session) and resolve them by its own rules rather than fail. The merged record is never deleted:
 * a {@code merged} id that arrives later (an old link, an import) still finds the person through
 * {@link PersonView#mergedInto()}. Merges chain: when {@code survivor} is itself merged later, a second event
 * follows, so applying events in order is enough.
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
