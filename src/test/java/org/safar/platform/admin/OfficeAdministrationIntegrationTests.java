package org.safar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.OfficeKind;
import org.safar.platform.accounts.Offices;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafarIntegrationTest
@WithUserDetails("admin")
class OfficeAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Offices offices;

    @Test
    void aMissionAbroadIsCreatedWithAnUpperCaseCountryAndListed() throws Exception {
        String code = newCode("DE-BER");
        mvc.perform(office(code, "MISSION").param("country", "de"))
                .andExpect(redirectedUrl("/admin/offices"));

        Office mission = offices.byCode(code).orElseThrow();
        assertThat(mission.kind()).isEqualTo(OfficeKind.MISSION);
        assertThat(mission.country()).isEqualTo("DE");
        assertThat(mission.regionCode()).isNull();
        mvc.perform(get("/admin/offices").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("Посольство в Берлине"),
                        containsString("Германия"), containsString("Представительство за рубежом"))));
    }

    @Test
    void aRegionalOfficeWithoutARegionIsRefusedBesideTheRegionField() throws Exception {
        String code = newCode("REG");
        mvc.perform(office(code, "REGIONAL"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/office-form"))
                .andExpect(content().string(allOf(containsString("A regional office needs a region."),
                        containsString("aria-invalid=\"true\""), containsString("value=\"Embassy in Berlin\""))));
        mvc.perform(office("/admin/offices/new", code, "REGIONAL", "uz-Cyrl"))
                .andExpect(content().string(containsString("Ҳудудий бўлим учун ҳудудни танланг.")));
        assertThat(offices.byCode(code)).isEmpty();
    }

    @Test
    void aMissionNeedsARealCountryCode() throws Exception {
        String code = newCode("XX");
        mvc.perform(office(code, "MISSION").param("country", "XX"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a two-letter ISO 3166 country code, such as RU")));
        assertThat(offices.byCode(code)).isEmpty();
    }

    @Test
    void aTakenOfficeCodeIsRefusedBesideTheField() throws Exception {
        mvc.perform(office("HQ", "HEADQUARTERS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code HQ is already used by another office.")));
        assertThat(offices.byCode("HQ").orElseThrow().nameEn()).isEqualTo("Headquarters");
    }

    @Test
    void anOfficeIsEditedAndARegionGivenToAnotherKindIsDropped() throws Exception {
        String code = newCode("HQ2");
        mvc.perform(office(code, "HEADQUARTERS")).andExpect(redirectedUrl("/admin/offices"));
        long id = offices.byCode(code).orElseThrow().id();
        mvc.perform(get("/admin/offices/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")));

        mvc.perform(office("/admin/offices/" + id, code, "HEADQUARTERS", "en").param("regionCode", "UZ-SA"))
                .andExpect(redirectedUrl("/admin/offices"));
        Office edited = offices.byId(id).orElseThrow();
        assertThat(edited.regionCode()).isNull();
        assertThat(edited.active()).isFalse();
    }

    @Test
    void anUnknownOfficeIsNotFound() throws Exception {
        mvc.perform(get("/admin/offices/987654321")).andExpect(status().isNotFound());
    }

    /** A filled-in office form, active unless the caller says otherwise. */
    private static MockHttpServletRequestBuilder office(String code, String kind) {
        return office("/admin/offices/new", code, kind, "en").param("active", "true");
    }

    /** A filled-in office form with the "active" box left unticked, as a browser sends it. */
    private static MockHttpServletRequestBuilder office(String url, String code, String kind, String language) {
        return post(url).with(csrf()).header("Accept-Language", language)
                .param("code", code).param("kind", kind)
                .param("nameUz", "Berlindagi elchixona").param("nameUzCyrl", "Берлиндаги элчихона")
                .param("nameRu", "Посольство в Берлине").param("nameEn", "Embassy in Berlin")
                .param("_active", "on");
    }

    private static String newCode(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000;
    }
}
