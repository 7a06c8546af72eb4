package org.safar.people.web;

import java.util.Arrays;

import org.safar.platform.security.AccessRules;
import org.safar.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use the registry. The registry is shared by all offices — one person, one record, whoever met them
 * first — so access depends on role, not office. Analysts, partners and agencies have no access to personal
 * records; auditors read only (not even the pages that correct a record open for them); supervisors and
 * administrators review duplicates.
 */
@Component
class PeopleAccessRules implements AccessRules {

    static final String[] READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER, Role.TRAINER, Role.AUDITOR);
    static final String[] WRITERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER, Role.TRAINER);
    static final String[] REVIEWERS = names(Role.ADMIN, Role.SUPERVISOR);
    static final String[] IMPORTERS = names(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/people/duplicates", "/people/duplicates/**", "/api/v1/people/*/merge")
                .hasAnyRole(REVIEWERS);
        rules.requestMatchers("/people/import", "/people/import/**").hasAnyRole(IMPORTERS);
        rules.requestMatchers("/people/*/edit", "/people/*/documents/*").hasAnyRole(WRITERS);
        rules.requestMatchers(HttpMethod.GET, "/people", "/people/**", "/api/v1/people", "/api/v1/people/**")
                .hasAnyRole(READERS);
        rules.requestMatchers("/people", "/people/**", "/api/v1/people", "/api/v1/people/**").hasAnyRole(WRITERS);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
