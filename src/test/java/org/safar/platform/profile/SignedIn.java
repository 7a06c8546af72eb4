package org.safar.platform.profile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * A browser's session for MockMvc: logs in through the real form and keeps the session cookie, since sessions
 * live in the database (Spring Session), not in MockMvc's {@code MockHttpSession}.
 */
record SignedIn(Cookie[] cookies, String redirectedTo) {

    static SignedIn as(MockMvc mvc, String username, String password) throws Exception {
        var response = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse();
        return new SignedIn(response.getCookies(), response.getRedirectedUrl());
    }
}
