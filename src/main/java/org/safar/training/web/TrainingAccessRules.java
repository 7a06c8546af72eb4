package org.safar.training.web;

import java.util.Arrays;

import org.safar.platform.security.AccessRules;
import org.safar.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may use training. Supervisors and administrators keep the catalogue; supervisors schedule and cancel
 * sessions and revoke certificates; trainers run the sessions they teach (enrolment, attendance, scores, results,
 * certificates); auditors and programme managers read; analysts see only the reports. Which session a user may
 * see or run is checked per session ({@code SessionAccess}).
 */
@Component
class TrainingAccessRules implements AccessRules {

    static final String[] READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.TRAINER, Role.AUDITOR,
            Role.PROGRAMME_MANAGER);
    static final String[] RUNNERS = names(Role.SUPERVISOR, Role.TRAINER);
    static final String[] CATALOGUE_KEEPERS = names(Role.ADMIN, Role.SUPERVISOR);
    static final String[] SCHEDULERS = names(Role.SUPERVISOR);
    static final String[] REPORT_READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.PROGRAMME_MANAGER, Role.ANALYST,
            Role.AUDITOR);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/training/reports", "/training/reports/**").hasAnyRole(REPORT_READERS);
        rules.requestMatchers("/training/courses/new", "/training/courses/*/edit", "/training/centres/new",
                "/training/centres/*/edit").hasAnyRole(CATALOGUE_KEEPERS);
        rules.requestMatchers(HttpMethod.POST, "/api/v1/training/sessions").hasAnyRole(SCHEDULERS);
        rules.requestMatchers("/training/sessions/new", "/training/sessions/*/edit", "/training/sessions/*/cancel",
                "/api/v1/training/sessions/*/cancel").hasAnyRole(SCHEDULERS);
        rules.requestMatchers("/training/certificates/*/revoke", "/api/v1/training/certificates/*/revoke")
                .hasAnyRole(SCHEDULERS);
        rules.requestMatchers(HttpMethod.GET, "/training", "/training/**", "/api/v1/training/**").hasAnyRole(READERS);
        rules.requestMatchers("/training/courses", "/training/courses/**", "/training/centres", "/training/centres/**",
                "/api/v1/training/courses", "/api/v1/training/courses/**").hasAnyRole(CATALOGUE_KEEPERS);
        rules.requestMatchers("/training/**", "/api/v1/training/**").hasAnyRole(RUNNERS);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
