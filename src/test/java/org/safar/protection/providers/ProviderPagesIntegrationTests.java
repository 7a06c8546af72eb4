package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Supervisors keep the registry of service providers; staff search it; administrators attach partner accounts. */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class ProviderPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffFixtures staff;

    @Autowired
    ServiceProviders providers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorAddsAShelterThatCaseWorkersFindByCountryAndService() throws Exception {
        String name = "Shelter Nadezhda " + System.nanoTime();
        String location = mvc.perform(post("/providers/new").with(as("supervisor")).with(csrf())
                        .param("name", name).param("kind", "SHELTER").param("country", "RU").param("city", "Kazan")
                        .param("services", "SHELTER", "PSYCHOSOCIAL").param("active", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "provider.saved"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get("/providers").with(as("caseworker")).param("country", "RU").param("service", "SHELTER")
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Психосоциальная поддержка")));
        mvc.perform(get("/providers").with(as("caseworker")).param("country", "KZ"))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get(location).with(as("auditor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kazan")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROVIDER_CREATED' and summary = ?")
                .param(name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFormWithMistakesComesBackWithTheTypedValuesAndTranslatedReasons() throws Exception {
        mvc.perform(post("/providers/new").with(as("supervisor")).with(csrf()).header("Accept-Language", "uz")
                        .param("name", "Yuridik klinika 12").param("kind", "LAWYER").param("country", "XX")
                        .param("phone", "abc").param("city", "Almaty"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Yuridik klinika 12\"")))
                .andExpect(content().string(containsString("value=\"Almaty\"")))
                .andExpect(content().string(containsString("Kamida bitta xizmatni belgilang.")))
                .andExpect(content().string(containsString("5–30 raqamli telefon raqamini kiriting")))
                .andExpect(content().string(containsString("Mamlakatni roʻyxatdan tanlang")));
        assertThat(providers.search(new ServiceProviders.Query("Yuridik klinika 12", null, null, null, false)))
                .isEmpty();
    }

    @Test
    void aKindThatIsNotOnTheListIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/providers/new").with(as("supervisor")).with(csrf()).header("Accept-Language", "en")
                        .param("name", "Castle of help").param("kind", "CASTLE").param("country", "TR")
                        .param("services", "SHELTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the kinds of provider.")))
                .andExpect(content().string(containsString("value=\"Castle of help\"")));
    }

    @Test
    void caseWorkersAndPartnersMayNotChangeTheRegistry() throws Exception {
        mvc.perform(post("/providers/new").with(as("caseworker")).with(csrf()).param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/providers").with(as("partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/providers/new").with(as("auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAttachesAPartnerAccountToOneProviderOnly() throws Exception {
        long first = aProvider("First shelter");
        long second = aProvider("Second shelter");
        String partner = staff.newUser(Role.PARTNER);
        String worker = staff.newUser(Role.CASE_WORKER);

        mvc.perform(post("/providers/" + first + "/partners").with(as("admin")).with(csrf())
                .param("username", partner)).andExpect(flash().attribute("notice", "provider.partner.linked"));
        mvc.perform(post("/providers/" + second + "/partners").with(as("admin")).with(csrf())
                .param("username", partner)).andExpect(flash().attribute("notice", "provider.partner.linked"));
        mvc.perform(post("/providers/" + first + "/partners").with(as("admin")).with(csrf())
                .param("username", worker)).andExpect(flash().attribute("refusal", "provider.partner.notPartner"));
        mvc.perform(post("/providers/" + first + "/partners").with(as("supervisor")).with(csrf())
                .param("username", partner)).andExpect(status().isForbidden());

        mvc.perform(get("/providers/" + second).with(as("admin"))).andExpect(content().string(containsString(partner)));
        mvc.perform(get("/providers/" + first).with(as("admin")))
                .andExpect(content().string(not(containsString(partner))));
    }

    private long aProvider(String name) {
        return providers.create(new ProviderDetails(name + " " + System.nanoTime(), ProviderKind.SHELTER, "KZ",
                "Almaty", null, null, null, java.util.Set.of(ServiceType.SHELTER), null, null, true));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
