package org.safar.mobility.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;

import org.safar.platform.security.AccessRules;
import org.safar.platform.security.Role;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may do what in labour mobility. Licensing officers keep the register (agencies, licences, employers) and
 * verify vacancies; agency users draft and submit their own agency's vacancies, add applicants from their passports
 * and follow them (the pages limit them to their agency); migration staff read the register, enter applications
 * by registry number (agencies may not: a number would show them whoever holds it) and take complaints;
 * supervisors, administrators and auditors read.
 */
@Component
class MobilityAccessRules implements AccessRules {

    static final String[] OFFICERS = names(Role.LICENSING_OFFICER);
    static final String[] READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.LICENSING_OFFICER, Role.CASE_WORKER,
            Role.CONSULAR_OFFICER, Role.AUDITOR);
    static final String[] VACANCY_READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.LICENSING_OFFICER,
            Role.CASE_WORKER, Role.CONSULAR_OFFICER, Role.AUDITOR, Role.AGENCY);
    static final String[] AGENCIES = names(Role.AGENCY);
    static final String[] CLOSERS = names(Role.AGENCY, Role.LICENSING_OFFICER);
    static final String[] APPLICATION_WRITERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER, Role.AGENCY);
    static final String[] APPLICATION_ENTRY_STAFF = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER);
    static final String[] COMPLAINT_TAKERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.LICENSING_OFFICER);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/mobility/agencies/new", "/mobility/employers/new").hasAnyRole(OFFICERS);
        rules.requestMatchers(POST, "/mobility/agencies/**", "/mobility/employers/**", "/api/v1/agencies",
                "/api/v1/agencies/**").hasAnyRole(OFFICERS);
        rules.requestMatchers(GET, "/mobility/agencies", "/mobility/agencies/**", "/mobility/employers",
                "/api/v1/agencies", "/api/v1/agencies/**").hasAnyRole(READERS);

        rules.requestMatchers("/mobility/vacancies/new", "/mobility/vacancies/*/edit").hasAnyRole(AGENCIES);
        rules.requestMatchers(POST, "/mobility/vacancies/*/submit", "/api/v1/vacancies",
                "/api/v1/vacancies/*/submit").hasAnyRole(AGENCIES);
        rules.requestMatchers(POST, "/mobility/vacancies/*/verify", "/mobility/vacancies/*/reject",
                "/api/v1/vacancies/*/verify", "/api/v1/vacancies/*/reject").hasAnyRole(OFFICERS);
        rules.requestMatchers(POST, "/mobility/vacancies/*/close", "/api/v1/vacancies/*/close").hasAnyRole(CLOSERS);
        rules.requestMatchers(POST, "/mobility/vacancies/*/applications", "/api/v1/vacancies/*/applications")
                .hasAnyRole(APPLICATION_ENTRY_STAFF);
        rules.requestMatchers(POST, "/mobility/vacancies/*/applicants", "/api/v1/vacancies/*/applicants")
                .hasAnyRole(AGENCIES);
        rules.requestMatchers(POST, "/mobility/applications/*/status", "/api/v1/applications/*/status")
                .hasAnyRole(APPLICATION_WRITERS);
        rules.requestMatchers(GET, "/mobility/vacancies", "/mobility/vacancies/**", "/mobility/applications",
                "/api/v1/vacancies", "/api/v1/vacancies/**", "/api/v1/applications/**").hasAnyRole(VACANCY_READERS);

        rules.requestMatchers("/mobility/complaints/new").hasAnyRole(COMPLAINT_TAKERS);
        rules.requestMatchers(GET, "/mobility/complaints", "/mobility/complaints/**").hasAnyRole(READERS);
        rules.requestMatchers("/mobility", "/mobility/**").denyAll();
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
