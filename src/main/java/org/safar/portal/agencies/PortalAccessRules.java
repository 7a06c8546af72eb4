package org.safar.portal.agencies;

import org.springframework.http.HttpMethod;
import org.safar.platform.security.AccessRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The public pages anyone may open without logging in: the agency check, the vacancies and the licence-check
 * JSON for other sites and apps. They only read, so only GET is open.
 */
@Component
class PortalAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/agencies", "/vacancies", "/vacancies/*", "/api/public/v1/licences")
                .permitAll();
    }
}
