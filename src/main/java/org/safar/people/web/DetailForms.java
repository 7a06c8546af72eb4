package org.safar.people.web;

import java.time.LocalDate;

import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.PersonRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The small forms of the profile page. Field names differ from form to form because all of them sit on one page,
 * where every input needs its own id. Dates in the future are refused by the controller, on the service's clock
 * (today in Tashkent is not always today on the server). Dates are written as ISO dates, the only form a date
 * input shows.
 */
final class DetailForms {

    private DetailForms() {
    }

    /** Another name the person is known by. */
    static class AliasForm {
        @NotBlank(message = "{person.alias.required}")
        @Size(max = 300, message = "{person.text.tooLong}")
        private String aliasName;

        public String getAliasName() { return aliasName; }
        public void setAliasName(String v) { aliasName = trim(v); }
    }

    /** A phone, messenger or e-mail contact; the value is checked against the kind by the controller. */
    static class ContactForm {
        @Pattern(regexp = "PHONE|TELEGRAM|WHATSAPP|IMO|EMAIL", message = "{person.contact.kind.invalid}")
        private String contactKind = "PHONE";
        @NotBlank(message = "{person.contact.required}")
        @Size(max = 254, message = "{person.text.tooLong}")
        private String contactValue;

        public String getContactKind() { return contactKind; }
        public void setContactKind(String v) { contactKind = trim(v); }
        public String getContactValue() { return contactValue; }
        public void setContactValue(String v) { contactValue = trim(v); }
    }

    /** An identity document, new or corrected; {@link #check} adds what the annotations cannot say. */
    static class DocumentForm {
        private String documentType = "PASSPORT";
        @NotBlank(message = "{person.documentNumber.required}")
        @Pattern(regexp = "[\\p{L}0-9 -]{0,30}", message = "{person.documentNumber.invalid}")
        private String documentNumber;
        @NotBlank(message = "{person.documentCountry.required}")
        @Pattern(regexp = "([A-Za-z]{2})?", message = "{person.country.invalid}")
        private String documentCountry = "UZ";
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        public String getDocumentType() { return documentType; }
        public void setDocumentType(String v) { documentType = trim(v); }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String v) { documentNumber = trim(v); }
        public String getDocumentCountry() { return documentCountry == null ? null : documentCountry.toUpperCase(); }
        public void setDocumentCountry(String v) { documentCountry = trim(v); }
        public LocalDate getIssuedOn() { return issuedOn; }
        public void setIssuedOn(LocalDate v) { issuedOn = v; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate v) { expiresOn = v; }

        /** The document as recorded, for the form that corrects it. */
        static DocumentForm of(PersonRecords.Document document) {
            DocumentForm form = new DocumentForm();
            form.setDocumentType(document.type());
            form.setDocumentNumber(document.number());
            form.setDocumentCountry(document.issuingCountry());
            form.setIssuedOn(document.issuedOn());
            form.setExpiresOn(document.expiresOn());
            return form;
        }

        /** A known type, not issued after {@code today}, valid until a date after it was issued. */
        void check(Errors errors, LocalDate today) {
            if (!IdentityDocuments.TYPES.contains(documentType)) {
                errors.rejectValue("documentType", "person.documentType.invalid");
            }
            if (issuedOn != null && issuedOn.isAfter(today)) {
                errors.rejectValue("issuedOn", "person.document.issuedInFuture");
            }
            if (issuedOn != null && expiresOn != null && !expiresOn.isAfter(issuedOn)) {
                errors.rejectValue("expiresOn", "person.document.expiresBeforeIssue");
            }
        }

        IdentityDocuments.NewDocument toDocument() {
            return new IdentityDocuments.NewDocument(documentType, documentNumber, getDocumentCountry(), issuedOn,
                    expiresOn);
        }
    }

    /** A relative in the registry, by reference or id, and how they are related. */
    static class FamilyForm {
        @NotBlank(message = "{person.family.relativeRequired}")
        private String relative;
        @Pattern(regexp = "SPOUSE|PARENT|CHILD|SIBLING", message = "{person.family.relationInvalid}")
        private String relation = "SPOUSE";

        public String getRelative() { return relative; }
        public void setRelative(String v) { relative = trim(v); }
        public String getRelation() { return relation; }
        public void setRelation(String v) { relation = trim(v); }
    }

    /** The person's answer for one purpose, on one day. */
    static class ConsentForm {
        @Pattern(regexp = "REFERRAL|PARTNER_SHARING|CONTACT|STATISTICS", message = "{person.consent.purposeInvalid}")
        private String purpose = "REFERRAL";
        private boolean given = true;
        @NotNull(message = "{person.consent.dateRequired}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate recordedOn;

        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = trim(v); }
        public boolean isGiven() { return given; }
        public void setGiven(boolean v) { given = v; }
        public LocalDate getRecordedOn() { return recordedOn; }
        public void setRecordedOn(LocalDate v) { recordedOn = v; }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
    }
}
