package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** A district typed as a name (files, old records, the API) becomes the district's code; a wrong code is refused. */
@SafarIntegrationTest
class RegistrationChecksIntegrationTests {

    @Autowired
    RegistrationChecks checks;

    @Test
    void aDistrictNameInAnyLanguageBecomesItsCodeAndSetsTheRegion() {
        for (String typed : new String[] { "Urgut", "Urgut tumani", "Ургут тумани", "Ургутский район",
                "Urgut District", "URGUT TUMANI" }) {
            Registration form = withDistrict(null, typed);
            assertThat(check(form).hasErrors()).as(typed).isFalse();
            assertThat(form.getHomeDistrict()).as(typed).isEqualTo("UZ-SA-14");
            assertThat(form.getHomeRegion()).as(typed).isEqualTo("UZ-SA");
        }
    }

    @Test
    void apostrophesAndPassportSpellingsOfADistrictAreTheSameDistrict() {
        Registration form = withDistrict("UZ-XO", "Bog'ot");
        assertThat(check(form).hasErrors()).isFalse();
        assertThat(form.getHomeDistrict()).isEqualTo("UZ-XO-01");
    }

    @Test
    void aNameThatIsNoDistrictIsKeptAsTyped() {
        Registration form = withDistrict("UZ-SA", "Qoratepa mahallasi");
        assertThat(check(form).hasErrors()).isFalse();
        assertThat(form.getHomeDistrict()).isEqualTo("Qoratepa mahallasi");
    }

    @Test
    void aDistrictOfAnotherRegionOrAnUnknownCodeIsRefusedOnItsField() {
        Errors otherRegion = check(withDistrict("UZ-FA", "UZ-SA-14"));
        assertThat(otherRegion.getFieldError("homeDistrict").getCode()).isEqualTo("person.district.invalid");
        Errors unknownCode = check(withDistrict(null, "UZ-SA-99"));
        assertThat(unknownCode.getFieldError("homeDistrict").getCode()).isEqualTo("person.district.invalid");
        Errors nameInAnotherRegion = check(withDistrict("UZ-FA", "Urgut tumani"));
        assertThat(nameInAnotherRegion.hasErrors()).isFalse();
    }

    private Errors check(Registration form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        checks.validate(form, errors);
        return errors;
    }

    private static Registration withDistrict(String region, String district) {
        Registration form = new Registration();
        form.setFamilyName("Karimov");
        form.setGivenNames("Rustam");
        form.setHomeRegion(region);
        form.setHomeDistrict(district);
        return form;
    }
}
