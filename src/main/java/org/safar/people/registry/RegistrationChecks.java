package org.safar.people.registry;

import java.util.Optional;
import java.util.regex.Pattern;

import org.safar.platform.accounts.District;
import org.safar.platform.accounts.Regions;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * What the annotations on {@link Registration} cannot say and the database would otherwise refuse with an
 * internal error: a known document type and issuing country with a document number, an existing region code, a
 * birth date the registry accepts, a district of the region (a district name becomes its code). Used by the
 * registration page, the API and imports alike.
 */
@Component
public class RegistrationChecks implements Validator {

    private static final Pattern DISTRICT_CODE = Pattern.compile("UZ-[A-Z]{2}-\\d{2}");

    private final Regions regions;
    private final DistrictNames districts;

    RegistrationChecks(Regions regions, DistrictNames districts) {
        this.regions = regions;
        this.districts = districts;
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
        if (form.getDocumentNumber() != null && form.getDocumentCountry() == null
                && !errors.hasFieldErrors("documentCountry")) {
            errors.rejectValue("documentCountry", "person.documentCountry.required");
        }
        if (form.getBirthDate() != null && form.getBirthDate().getYear() < 1900) {
            errors.rejectValue("birthDate", "person.birthYear.invalid");
        }
        if (form.getHomeRegion() != null && !regions.exists(form.getHomeRegion())) {
            errors.rejectValue("homeRegion", "peopleapi.homeRegion.unknown");
            return;
        }
        checkDistrict(form, errors);
    }

    /**
     * A district code must be one of the region's (a district without a region sets the region); a district
     * name, as files and old records have it, becomes its code when it names one district. A name that names
     * none is kept as it was typed, so that nothing typed is lost.
     */
    private void checkDistrict(Registration form, Errors errors) {
        String typed = form.getHomeDistrict();
        if (typed == null || typed.isBlank()) {
            return;
        }
        Optional<District> district = DISTRICT_CODE.matcher(typed).matches()
                ? regions.districts(typed.substring(0, typed.lastIndexOf('-'))).stream()
                        .filter(d -> d.code().equals(typed)).findFirst()
                : districts.find(typed, form.getHomeRegion());
        if (district.isEmpty()) {
            if (DISTRICT_CODE.matcher(typed).matches()) {
                errors.rejectValue("homeDistrict", "person.district.invalid");
            }
            return;
        }
        if (form.getHomeRegion() != null && !form.getHomeRegion().equals(district.get().regionCode())) {
            errors.rejectValue("homeDistrict", "person.district.invalid");
            return;
        }
        form.setHomeDistrict(district.get().code());
        form.setHomeRegion(district.get().regionCode());
    }
}
