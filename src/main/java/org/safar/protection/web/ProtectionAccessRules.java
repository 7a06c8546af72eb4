package org.safar.protection.web;

import org.safar.platform.security.AccessRules;
import org.safar.platform.security.Role;
import org.safar.protection.cases.CaseScope;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the case pages and the cases API at all: the case roles read, auditors only read. Which cases
 * each of them sees (office, restriction) is decided per case by {@code CaseScope}. Case types are administered
 * under {@code /admin/**}, which the platform keeps for administrators.
 */
@Component
class ProtectionAccessRules implements AccessRules {

    static final String[] READERS = CaseScope.READERS.stream().map(Role::name).sorted().toArray(String[]::new);
    static final String[] WRITERS = CaseScope.WRITERS.stream().map(Role::name).sorted().toArray(String[]::new);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        // the case form and the worker list it fetches when the office changes: writers only, auditors too are out
        rules.requestMatchers("/cases/new", "/cases/*/edit", "/cases/workers").hasAnyRole(WRITERS);
        rules.requestMatchers(HttpMethod.GET, "/cases", "/cases/**", "/my-work", "/api/v1/cases",
                "/api/v1/cases/**").hasAnyRole(READERS);
        rules.requestMatchers("/cases", "/cases/**", "/my-work", "/api/v1/cases", "/api/v1/cases/**")
                .hasAnyRole(WRITERS);
    }
}
