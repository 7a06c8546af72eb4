package org.safar.portal.certificates;

import org.safar.platform.security.AccessRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The certificate check is public: no login, for migrants, families and employers. */
@Component
class CertificateCheckAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/verify", "/verify/*").permitAll();
    }
}
