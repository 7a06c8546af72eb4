package org.safar.people;

import org.safar.platform.audit.Auditable;

/**
 * Something beside a person's basic facts was added, changed or removed: another name, a contact, an identity
 * document, a family link or a consent.
 *
 * @param what    the kind of detail: {@code ALIAS}, {@code CONTACT}, {@code DOCUMENT}, {@code FAMILY_LINK},
 *                {@code CONSENT}
 * @param summary what happened, for the audit trail; never a phone number, an address or a document number
 */
public record PersonDetailsChanged(PersonId person, String what, String summary) implements Auditable {

    @Override
    public String auditAction() {
        return "PERSON_DETAILS_CHANGED";
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
        return what + ": " + summary;
    }
}
