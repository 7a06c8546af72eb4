package org.safar.protection.providers;

import java.util.Arrays;

import org.safar.platform.security.AccessRules;
import org.safar.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the partner side of protection: the providers registry, referrals, transfers and attachments.
 * The case roles read (auditors too) and write as for cases; administrators, who see no cases, keep the registry
 * with supervisors and alone attach partner accounts; only partners answer a referral, and only case writers
 * cancel one or withdraw a transfer. Which case or referral a user may touch is decided in the code by office and
 * provider, not here.
 */
@Component
class PartnerSideAccessRules implements AccessRules {

    static final String[] REGISTRY_READERS = names(Role.ADMIN, Role.SUPERVISOR, Role.CASE_WORKER,
            Role.CONSULAR_OFFICER, Role.AUDITOR);
    static final String[] READERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER, Role.AUDITOR);
    static final String[] WRITERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER);
    static final String[] KEEPERS = names(Role.ADMIN, Role.SUPERVISOR);
    static final String[] REFERRAL_READERS = names(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.AUDITOR, Role.PARTNER);

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/providers/*/partners", "/providers/*/partners/**")
                .hasRole(Role.ADMIN.name());
        rules.requestMatchers("/providers/new", "/providers/*/edit").hasAnyRole(KEEPERS);
        rules.requestMatchers(HttpMethod.GET, "/providers", "/providers/**", "/api/v1/providers",
                "/api/v1/providers/**").hasAnyRole(REGISTRY_READERS);
        rules.requestMatchers("/providers", "/providers/**", "/api/v1/providers", "/api/v1/providers/**")
                .hasAnyRole(KEEPERS);

        rules.requestMatchers("/referrals/new", "/transfers/new").hasAnyRole(WRITERS);
        rules.requestMatchers(HttpMethod.POST, "/referrals/*/cancel", "/api/v1/referrals/*/cancel",
                "/transfers/*/withdraw", "/api/v1/transfers/*/withdraw").hasAnyRole(WRITERS);
        rules.requestMatchers(HttpMethod.POST, "/referrals/*/accept", "/referrals/*/decline", "/referrals/*/services",
                "/referrals/*/complete", "/api/v1/referrals/*/accept", "/api/v1/referrals/*/decline",
                "/api/v1/referrals/*/services", "/api/v1/referrals/*/complete").hasRole(Role.PARTNER.name());
        rules.requestMatchers(HttpMethod.GET, "/referrals", "/referrals/**", "/api/v1/referrals",
                "/api/v1/referrals/**").hasAnyRole(REFERRAL_READERS);
        rules.requestMatchers("/referrals", "/referrals/**", "/api/v1/referrals", "/api/v1/referrals/**")
                .hasAnyRole(WRITERS);

        rules.requestMatchers(HttpMethod.GET, "/transfers", "/transfers/**", "/api/v1/transfers",
                "/api/v1/transfers/**", "/attachments/**").hasAnyRole(READERS);
        rules.requestMatchers("/transfers", "/transfers/**", "/api/v1/transfers", "/api/v1/transfers/**",
                "/attachments", "/attachments/**").hasAnyRole(WRITERS);
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
