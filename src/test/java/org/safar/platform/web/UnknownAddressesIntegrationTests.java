package org.safar.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safar.platform.i18n.SafarLocaleResolver;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An address nothing serves answers the public, translated 404 page to anyone — not the staff login — while every
 * address that is served keeps its rule: staff pages still ask for a login, whatever follows their path.
 */
@SafarIntegrationTest
class UnknownAddressesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void aMistypedPortalAddressShowsThePublicNotFoundPageInUzbekByDefault() throws Exception {
        mvc.perform(get("/vacancie"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<h1>Sahifa topilmadi</h1>")))
                .andExpect(content().string(containsString("href=\"/vacancies\"")))
                .andExpect(content().string(containsString("href=\"/agencies\"")))
                .andExpect(content().string(containsString("href=\"/verify\"")))
                .andExpect(content().string(not(containsString("/dashboard"))));
    }

    @Test
    void theNotFoundPageFollowsTheLanguageCookieAndTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/agencies/x/y").cookie(new Cookie(SafarLocaleResolver.COOKIE, "ru")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Страница не найдена</h1>")))
                .andExpect(content().string(containsString("Проверенные вакансии за рубежом")));
        mvc.perform(get("/vacancie").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Page not found</h1>")));
        mvc.perform(get("/vacancie").header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("<h1>Страница не найдена</h1>")));
    }

    @Test
    void signedInStaffGetTheSameNotFoundPageWithTheWayToTheirDashboard() throws Exception {
        mvc.perform(get("/vacancie").with(user(users.loadUserByUsername("analyst"))).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Page not found</h1>")))
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/cases", "/cases/1", "/cases/1/nonsense", "/admin/anything", "/dashboard",
            "/mobility/nowhere", "/actuator/nowhere" })
    void aStaffAddressStillSendsAnAnonymousVisitorToTheLoginWhetherItExistsOrNot(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownApiAddressIsAProblemForAnyCaller() throws Exception {
        mvc.perform(get("/api/v1/nowhere").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/public/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aRealApiEndpointStillRefusesAnAnonymousCaller() throws Exception {
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void staticFilesAreStillServed() throws Exception {
        mvc.perform(get("/css/public.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString(".way-back")));
        mvc.perform(get("/img/safar.svg")).andExpect(status().isOk());
    }

    @Test
    void headAndOptionsOnAnUnknownAddressRevealNothing() throws Exception {
        mvc.perform(head("/vacancie")).andExpect(status().isNotFound());
        mvc.perform(options("/vacancie")).andExpect(status().isNotFound());
        mvc.perform(head("/cases/1")).andExpect(status().isFound())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void aServedPortalAddressWithATrailingSlashIsNotFoundLikeAnyOther() throws Exception {
        mvc.perform(get("/vacancies/")).andExpect(status().isNotFound());
        mvc.perform(get("/cases/")).andExpect(status().isFound());
    }
}
