package org.safar.protection.referrals;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.ApiTokens;
import org.safar.protection.PartnerFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The referral journey over the API, and what a partner's token may not reach. */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class ReferralsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    ApiTokens api;

    @BeforeEach
    void api() {
        api = new ApiTokens(tokens, users);
    }

    @Test
    void withoutConsentTheReferralIsRefusedWithATranslatedProblem() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWithoutConsent();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Detained without documents");

        mvc.perform(api.as(consul, post("/api/v1/referrals")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body(shown, person, fixtures.aShelter())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("referral.noConsent"))
                .andExpect(jsonPath("$.detail").value("The person has not consented to be referred. Record their "
                        + "consent for referral on their profile first."));
        mvc.perform(api.as(consul, post("/api/v1/referrals")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\": " + shown.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem("Выберите поставщика.")));
    }

    @Test
    void aPartnerTokenAnswersItsReferralAndReachesNothingElse() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "SECRET-SUMMARY trafficked to a farm");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        String stranger = fixtures.aPartnerOf(fixtures.aShelter());

        String created = mvc.perform(api.as(consul, post("/api/v1/referrals"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(shown, person, shelter)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.referral.status").value("SENT"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"referral\":\\{\"id\":(\\d+).*", "$1"));

        mvc.perform(api.as(partner, get("/api/v1/referrals/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Needs a bed tonight"))
                .andExpect(jsonPath("$.caseId").doesNotExist())
                .andExpect(jsonPath("$.summary").doesNotExist());
        mvc.perform(api.as(partner, get("/api/v1/referrals"))).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(api.as(stranger, get("/api/v1/referrals/" + id))).andExpect(status().isNotFound());
        mvc.perform(api.as(stranger, get("/api/v1/referrals"))).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(api.as(partner, get("/api/v1/cases/" + shown.id()))).andExpect(status().isForbidden());
        mvc.perform(api.as(partner, post("/api/v1/referrals")).contentType(MediaType.APPLICATION_JSON)
                .content(body(shown, person, shelter))).andExpect(status().isForbidden());

        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/accept")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/services"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"serviceType": "SHELTER", "deliveredOn": "%s", "quantity": 3, "note": "3 nights"}"""
                                .formatted(LocalDate.now())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.services[0].quantity").value(3));
        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Returned home\"}"))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(api.as(consul, get("/api/v1/referrals")).param("case", Long.toString(shown.id())))
                .andExpect(jsonPath("$[0].referral.status").value("COMPLETED"))
                .andExpect(jsonPath("$[*].personName", not(hasItem("SECRET"))));
    }

    @Test
    void aServiceThePartnerRecordsIsInTheCaseDocumentWithItsReferralAndNoCost() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Stranded at the airport");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long id = send(consul, shown, person, shelter);
        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/accept"))).andExpect(status().isOk());

        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/services"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"serviceType": "SHELTER", "deliveredOn": "%s", "quantity": 4, "note": "4 nights"}"""
                                .formatted(LocalDate.now())))
                .andExpect(status().isCreated());

        mvc.perform(api.as(consul, get("/api/v1/cases/" + shown.id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.services", hasSize(1)))
                .andExpect(jsonPath("$.services[0].type").value("SHELTER"))
                .andExpect(jsonPath("$.services[0].quantity").value(4))
                .andExpect(jsonPath("$.services[0].providerId").value(shelter))
                .andExpect(jsonPath("$.services[0].referralId").value(id))
                .andExpect(jsonPath("$.services[0].referralReference").value(startsWith("REF-")))
                .andExpect(jsonPath("$.services[0].costMinor").value(nullValue()));
    }

    @Test
    void aCaseWorkerCancelsAnOpenReferralAndThePartnerIsThenRefusedInItsLanguage() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Went home on his own");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long id = send(consul, shown, person, shelter);

        mvc.perform(api.as(consul, post("/api/v1/referrals/" + id + "/cancel")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("referral.cancelReason.required"))
                .andExpect(jsonPath("$.detail").value("Say why you cancel the referral."));
        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/cancel"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Full\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(api.as(staff.newUserIn("KZ-ALA", Role.CONSULAR_OFFICER), post("/api/v1/referrals/" + id
                        + "/cancel")).contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Mine\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(api.as(consul, post("/api/v1/referrals/" + id + "/cancel"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"He flew home yesterday\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.status").value("CANCELLED"))
                .andExpect(jsonPath("$.referral.cancelReason").value("He flew home yesterday"));

        mvc.perform(api.as(partner, get("/api/v1/referrals/" + id)))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("He flew home yesterday"));
        mvc.perform(api.as(partner, post("/api/v1/referrals/" + id + "/accept")).header("Accept-Language", "ru"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("referral.cancelled"))
                .andExpect(jsonPath("$.detail").value(startsWith("Направившая сторона отменила это направление")));
        mvc.perform(api.as(consul, post("/api/v1/referrals/" + id + "/cancel")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("referral.cancel.notOpen"));
        mvc.perform(api.as(consul, get("/api/v1/referrals/" + id)))
                .andExpect(jsonPath("$.referral.cancelReason").value("He flew home yesterday"));
    }

    @Test
    void referralsTransfersAndProvidersAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/docs/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/referrals'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/accept'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/services'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/cancel'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/transfers/{id}/accept'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/transfers/{id}/withdraw'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/providers'].get").exists());
    }

    private long send(String consul, ProtectionCase shown, PersonId person, long shelter) throws Exception {
        String created = mvc.perform(api.as(consul, post("/api/v1/referrals"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(shown, person, shelter)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(created.replaceAll("(?s).*\"referral\":\\{\"id\":(\\d+).*", "$1"));
    }

    private static String body(ProtectionCase shown, PersonId person, long provider) {
        return """
                {"caseId": %d, "personId": %d, "providerId": %d, "serviceType": "SHELTER",
                 "note": "Needs a bed tonight", "urgent": true}""".formatted(shown.id(), person.value(), provider);
    }
}
