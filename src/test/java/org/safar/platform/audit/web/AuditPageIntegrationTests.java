package org.safar.platform.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safar.platform.audit.AuditEntry;
import org.safar.platform.audit.AuditFilter;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** Auditors and administrators read and check the trail; nobody else sees it. */
@SafarIntegrationTest
class AuditPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    StaffFixtures staff;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anAuditorFiltersTheTrailByAction() throws Exception {
        String enabled = "enabled-" + UUID.randomUUID();
        String disabled = "disabled-" + UUID.randomUUID();
        trail.record("admin", "10.0.0.7", "USER_ENABLED", "User", enabled, "account switched on");
        trail.record("admin", "10.0.0.7", "USER_DISABLED", "User", disabled, "account switched off");

        mvc.perform(get("/audit").with(as("auditor")).param("action", "USER_ENABLED").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(enabled), containsString("Account enabled"),
                        containsString("10.0.0.7"), not(containsString(disabled)))));
    }

    @Test
    void theTableShowsFiftyLinesAPageNewestFirst() throws Exception {
        String type = "Page" + UUID.randomUUID().toString().substring(0, 8);
        AuditEntry oldest = trail.record(AuditTrail.SYSTEM, null, "TEST_LINE", type, "first", null);
        for (int i = 0; i < 49; i++) {
            trail.record(AuditTrail.SYSTEM, null, "TEST_LINE", type, "middle", null);
        }
        AuditEntry newest = trail.record(AuditTrail.SYSTEM, null, "TEST_LINE", type, "last", null);

        String first = mvc.perform(get("/audit").with(as("auditor")).param("entityType", type)
                .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lines 1–50 of 51"), containsString("Next"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains(">" + newest.seq() + "<").doesNotContain(">" + oldest.seq() + "<");

        mvc.perform(get("/audit").with(as("auditor")).param("entityType", type).param("page", "2")
                .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lines 51–51 of 51"),
                        containsString(">" + oldest.seq() + "<"), containsString("Previous"))));
    }

    @Test
    void thePageSpeaksRussianWhenAsked() throws Exception {
        String auditor = staff.newUser(Role.AUDITOR);

        mvc.perform(get("/audit").param("lang", "ru").with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Журнал аудита"),
                        containsString("Проверить цепочку"), containsString("Любое действие"))));
    }

    @Test
    void aMalformedDateIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/audit").with(as("auditor")).param("from", "31.02.2026").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“From date” is not a date: enter it as YYYY-MM-DD.")));
        mvc.perform(get("/audit").with(as("auditor")).param("to", "вчера").header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("«Дата по»: это не дата")));
    }

    @Test
    void verifyingFromThePageShowsTheOutcomeAndIsItselfRecorded() throws Exception {
        mvc.perform(post("/audit/verify").with(as("auditor")).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact: lines checked: ")));

        AuditFilter verifications = new AuditFilter("auditor", "AUDIT_VERIFIED", null, null, null, null);
        assertThat(trail.search(verifications, 0, 1)).singleElement()
                .satisfies(line -> assertThat(line.summary()).matches("intact, \\d+ lines checked"));
    }

    @Test
    void aCaseWorkerMayNeitherReadNorVerifyTheTrail() throws Exception {
        mvc.perform(get("/audit").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(as("caseworker")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    /** Signed in as a stored account, with its real roles and offices. */
    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
