package org.safar.people.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Analysts and partners see no personal records; auditors read but never register; visitors must log in. */
@SafarIntegrationTest
class PeoplePagesAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @ParameterizedTest
    @ValueSource(strings = { "analyst", "partner" })
    void analystsAndPartnersAreRefusedThePeoplePages(String username) throws Exception {
        mvc.perform(get("/people").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/people/new").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/people/new").with(as(username)).with(csrf()).param("familyName", "X")
                .param("givenNames", "Y")).andExpect(status().isForbidden());
    }

    @Test
    void anAuditorSearchesButMayNotRegister() throws Exception {
        mvc.perform(get("/people").with(as("auditor")).param("text", "Karimov")).andExpect(status().isOk());
        mvc.perform(post("/people/new").with(as("auditor")).with(csrf()).param("familyName", "Karimov")
                .param("givenNames", "Aziz")).andExpect(status().isForbidden());
    }

    @Test
    void aVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/people/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
