package org.safar.people.registry;

import org.safar.platform.accounts.Regions;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the annotations on {@link Registration} cannot say and the database would otherwise refuse with an
 * internal error: a known document type and issuing country with a document number, an existing region code, a
 * birth date the registry accepts. Used by the API and by imports.
 */
@Component
public class RegistrationChecks implements Validator {

    private final Regions regions;

    RegistrationChecks(Regions regions) {
        this.regions = regions;
    }

    @Override
    public boolean supports(Class<?> type) {
        return Registration.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        Registration form = (Registration) target;
        if (form.getDocumentNumber() != null && !IdentityDocuments.TYPES.contains(form.getDocumentType())) {
            errors.rejectValue("documentType", "peopleapi.documentType.invalid",
                    new Object[] { String.join(", ", IdentityDocuments.TYPES) }, null);
        }
        if (form.getDocumentNumber() != null && form.getDocumentCountry() == null) {
            errors.rejectValue("documentCountry", "person.country.invalid");
        }
        if (form.getBirthDate() != null && form.getBirthDate().getYear() < 1900) {
            errors.rejectValue("birthDate", "person.birthYear.invalid");
        }
        if (form.getHomeRegion() != null && !regions.exists(form.getHomeRegion())) {
            errors.rejectValue("homeRegion", "peopleapi.homeRegion.unknown");
        }
    }
}
