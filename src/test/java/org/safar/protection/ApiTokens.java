package org.safar.protection;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.StaffUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff calling the API with a personal access token each, issued once per test run. */
public final class ApiTokens {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private final AccessTokens tokens;
    private final UserDetailsService users;

    public ApiTokens(AccessTokens tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The request, sent with a token of {@code username}. */
    public MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        String secret = SECRETS.computeIfAbsent(username, name -> tokens.issue(
                (StaffUser) users.loadUserByUsername(name), "protection API tests", LocalDate.now().plusDays(7))
                .secret());
        return request.header("Authorization", "Bearer " + secret);
    }
}
