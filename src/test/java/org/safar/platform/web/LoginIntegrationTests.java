package org.safar.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.safar.platform.demo.DemoData;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SafarIntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aDemoUserLogsInAndLandsOnTheDashboard() throws Exception {
        mvc.perform(formLogin("/login").user("caseworker").password(DemoData.PASSWORD))
                .andExpect(authenticated().withUsername("caseworker"))
                .andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("analyst").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }
}
