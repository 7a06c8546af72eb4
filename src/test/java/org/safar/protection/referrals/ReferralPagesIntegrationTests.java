package org.safar.protection.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.PartnerFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case is referred only with the person's consent; the provider's partner sees that referral and nothing else of
 * the case, answers it, records services and completes it — each step in the audit trail.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class ReferralPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void referringAPersonWhoDidNotConsentIsRefusedInTheirLanguageAndNothingIsSent() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWithoutConsent();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Passport taken by the employer");
        long shelter = fixtures.aShelter();

        mvc.perform(post("/referrals").with(as(worker)).with(csrf()).header("Accept-Language", "ru")
                        .param("caseId", Long.toString(shown.id())).param("personId", Long.toString(person.value()))
                        .param("providerId", Long.toString(shelter)).param("serviceType", "SHELTER")
                        .param("note", "Needs a bed tonight"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Лицо не дало согласия на перенаправление")))
                .andExpect(content().string(containsString("Needs a bed tonight")));
        assertThat(referralsOf(shown)).isZero();
    }

    @Test
    void thePartnerSeesOnlyTheReferralToItsProviderAndOnlyWhatItNeeds() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "SECRET-SUMMARY of what the employer did");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        String otherPartner = fixtures.aPartnerOf(fixtures.aShelter());

        long referral = send(worker, shown, person, shelter);

        mvc.perform(get("/referrals").with(as(partner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("REF-")));
        mvc.perform(get("/referrals/" + referral).with(as(partner)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs a bed tonight")))
                .andExpect(content().string(not(containsString("SECRET-SUMMARY"))))
                .andExpect(content().string(not(containsString(shown.reference()))));
        mvc.perform(get("/referrals/" + referral).with(as(otherPartner))).andExpect(status().isNotFound());
        mvc.perform(get("/referrals").with(as(otherPartner)))
                .andExpect(content().string(not(containsString("REF-" + LocalDate.now().getYear() + "-"
                        + String.format("%06d", referral)))));
        mvc.perform(get("/cases/" + shown.id()).with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/" + referral).with(as(staff.newUserIn("UZ-QA", Role.CASE_WORKER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePartnerAcceptsRecordsAServiceAndCompletesEachStepAudited() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Stranded after the employer left");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long referral = send(worker, shown, person, shelter);

        mvc.perform(post("/referrals/" + referral + "/services").with(as(partner)).with(csrf())
                        .header("Accept-Language", "en").param("serviceType", "SHELTER")
                        .param("deliveredOn", LocalDate.now().toString()).param("quantity", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Services are recorded once the referral is accepted")));
        mvc.perform(post("/referrals/" + referral + "/accept").with(as(partner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/" + referral + "/services").with(as(partner)).with(csrf())
                        .header("Accept-Language", "en").param("serviceType", "SHELTER")
                        .param("deliveredOn", LocalDate.now().plusDays(3).toString()).param("quantity", "2")
                        .param("note", "Two nights"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date of a service cannot be in the future.")))
                .andExpect(content().string(containsString("Two nights")));
        mvc.perform(post("/referrals/" + referral + "/services").with(as(partner)).with(csrf())
                .param("serviceType", "SHELTER").param("deliveredOn", LocalDate.now().toString())
                .param("quantity", "2").param("note", "Two nights")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/" + referral + "/complete").with(as(partner)).with(csrf())
                .param("note", "Moved to IOM for return")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases/" + shown.id()).with(as(worker)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Completed")));
        assertThat(jdbc.sql("""
                select action from audit_event where entity_type = 'Referral'
                 and entity_id = (select reference from referral where id = ?) order by seq""")
                .param(referral).query(String.class).list())
                .containsExactly("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_SERVICE_RECORDED",
                        "REFERRAL_COMPLETED");
    }

    @Test
    void declineNeedsAReasonAndACompletedReferralCannotBeAnsweredAgain() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Unpaid wages");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long referral = send(worker, shown, person, shelter);

        mvc.perform(post("/referrals/" + referral + "/decline").with(as(partner)).with(csrf())
                        .header("Accept-Language", "uz").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yoʻnaltirishni nega rad etayotganingizni yozing.")));
        mvc.perform(post("/referrals/" + referral + "/decline").with(as(partner)).with(csrf())
                .param("reason", "No free places this week")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/" + referral + "/accept").with(as(partner)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select status from referral where id = ?").param(referral).query(String.class)
                .single()).isEqualTo("DECLINED");
    }

    @Test
    void aServiceThePartnerRecordsShowsAmongTheCasesServicesDeliveredWithItsReferral() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Evicted by the employer");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long referral = send(worker, shown, person, shelter);
        mvc.perform(post("/referrals/" + referral + "/accept").with(as(partner)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/referrals/" + referral + "/services").with(as(partner)).with(csrf())
                .param("serviceType", "PSYCHOSOCIAL").param("deliveredOn", LocalDate.now().minusDays(1).toString())
                .param("quantity", "2").param("note", "Two counselling sessions"))
                .andExpect(status().is3xxRedirection());

        String services = servicesTable(mvc.perform(get("/cases/" + shown.id()).with(as(worker))
                        .header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(services).contains("Psychosocial support", providerName(shelter),
                referenceOf(referral), "href=\"/referrals/" + referral + "\"");
        assertThat(jdbc.sql("select cost_minor from protection_case_service where referral_id = ?").param(referral)
                .query(Long.class).list()).containsExactly((Long) null);
    }

    @Test
    void aCaseWorkerCancelsAnOpenReferralAndThePartnerSeesWhyAndCanNoLongerAct() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Needs a bed");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long referral = send(worker, shown, person, shelter);
        mvc.perform(post("/referrals/" + referral + "/accept").with(as(partner)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/referrals/" + referral).with(as(worker)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Cancel the referral")));
        mvc.perform(post("/referrals/" + referral + "/cancel").with(as(worker)).with(csrf())
                .param("reason", "Her brother took her home to Fergana")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/referrals/" + referral).with(as(worker)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Her brother took her home to Fergana")))
                .andExpect(content().string(not(containsString("cancel-form"))));
        mvc.perform(get("/referrals/" + referral).with(as(partner)).header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("Отменено")))
                .andExpect(content().string(containsString("Направившая сторона отменила это направление.")))
                .andExpect(content().string(containsString("Her brother took her home to Fergana")))
                .andExpect(content().string(not(containsString("id=\"serviceNote\""))));
        mvc.perform(post("/referrals/" + referral + "/services").with(as(partner)).with(csrf())
                        .header("Accept-Language", "ru").param("serviceType", "SHELTER")
                        .param("deliveredOn", LocalDate.now().toString()).param("quantity", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("нельзя записать по нему услугу")));
        mvc.perform(post("/referrals/" + referral + "/complete").with(as(partner)).with(csrf()))
                .andExpect(status().isConflict());

        assertThat(statusOf(referral)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select count(*) from protection_case_service where case_id = ?").param(shown.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select action from audit_event where entity_type = 'Referral' and entity_id = ? order by seq""")
                .param(referenceOf(referral)).query(String.class).list())
                .containsExactly("REFERRAL_SENT", "REFERRAL_ACCEPTED", "REFERRAL_CANCELLED");
    }

    @Test
    void cancellingNeedsAReasonAnOpenReferralAndAWriterOfTheCasesOffice() throws Exception {
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Lost passport");
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        long referral = send(worker, shown, person, shelter);

        mvc.perform(post("/referrals/" + referral + "/cancel").with(as(worker)).with(csrf())
                        .header("Accept-Language", "uz").param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Yoʻnaltirishni nega bekor qilayotganingizni yozing.")));
        mvc.perform(post("/referrals/" + referral + "/cancel").with(as(partner)).with(csrf())
                .param("reason", "Not ours")).andExpect(status().isForbidden());
        mvc.perform(post("/referrals/" + referral + "/cancel").with(as(staff.newUserIn("UZ-QA", Role.SUPERVISOR)))
                .with(csrf()).param("reason", "Not ours")).andExpect(status().isNotFound());
        mvc.perform(post("/referrals/" + referral + "/cancel").with(as("auditor")).with(csrf())
                .param("reason", "Not ours")).andExpect(status().isForbidden());
        assertThat(statusOf(referral)).isEqualTo("SENT");

        mvc.perform(post("/referrals/" + referral + "/accept").with(as(partner)).with(csrf()));
        mvc.perform(post("/referrals/" + referral + "/complete").with(as(partner)).with(csrf()));
        mvc.perform(get("/referrals/" + referral).with(as(worker)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("cancel-form"))));
        mvc.perform(post("/referrals/" + referral + "/cancel").with(as(worker)).with(csrf())
                        .header("Accept-Language", "en").param("reason", "Too late"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Only a referral still open (sent or accepted)")));
        assertThat(statusOf(referral)).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select cancel_reason from referral where id = ?").param(referral).query(String.class)
                .list()).containsExactly((String) null);
    }

    @Test
    void anAuditorReadsReferralsButCannotSendOne() throws Exception {
        mvc.perform(get("/referrals").with(as("auditor"))).andExpect(status().isOk());
        mvc.perform(post("/referrals").with(as("auditor")).with(csrf()).param("caseId", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/referrals/1/accept").with(as("caseworker")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long send(String worker, ProtectionCase shown, PersonId person, long provider) throws Exception {
        String location = mvc.perform(post("/referrals").with(as(worker)).with(csrf())
                        .param("caseId", Long.toString(shown.id())).param("personId", Long.toString(person.value()))
                        .param("providerId", Long.toString(provider)).param("serviceType", "SHELTER")
                        .param("note", "Needs a bed tonight").param("urgent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String statusOf(long referral) {
        return jdbc.sql("select status from referral where id = ?").param(referral).query(String.class).single();
    }

    private String referenceOf(long referral) {
        return jdbc.sql("select reference from referral where id = ?").param(referral).query(String.class).single();
    }

    private String providerName(long provider) {
        return jdbc.sql("select name from service_provider where id = ?").param(provider).query(String.class)
                .single();
    }

    /** The case page's table of services delivered. */
    private static String servicesTable(String page) {
        int start = page.indexOf("<table class=\"services\">");
        assertThat(start).as("the case page lists services delivered").isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    private long referralsOf(ProtectionCase shown) {
        return jdbc.sql("select count(*) from referral where case_id = ?").param(shown.id()).query(Long.class)
                .single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
