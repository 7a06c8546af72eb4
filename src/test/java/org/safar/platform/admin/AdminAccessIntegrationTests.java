package org.safar.platform.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafarIntegrationTest
class AdminAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = { "GET /admin/users", "GET /admin/users/new", "POST /admin/users/new",
            "GET /admin/users/1", "POST /admin/users/1", "POST /admin/users/1/reset-password", "GET /admin/offices",
            "GET /admin/offices/new", "POST /admin/offices/new", "GET /admin/offices/1", "POST /admin/offices/1" })
    @WithUserDetails("caseworker")
    void aCaseWorkerMayNotOpenAnyAdministrationPage(String page) throws Exception {
        mvc.perform(request(page)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = { "GET /admin/users", "GET /admin/users/new", "POST /admin/users/new",
            "GET /admin/users/1", "POST /admin/users/1", "POST /admin/users/1/reset-password", "GET /admin/offices",
            "GET /admin/offices/new", "POST /admin/offices/new", "GET /admin/offices/1", "POST /admin/offices/1" })
    void anAnonymousVisitorIsSentToTheLoginPage(String page) throws Exception {
        mvc.perform(request(page)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private static MockHttpServletRequestBuilder request(String page) {
        String[] methodAndPath = page.split(" ");
        return "GET".equals(methodAndPath[0]) ? get(methodAndPath[1]) : post(methodAndPath[1]).with(csrf());
    }
}
