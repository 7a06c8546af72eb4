package org.safar.protection.demo;

import org.safar.protection.providers.PartnerAccounts;
import org.safar.protection.providers.ServiceProviders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner side's demo data, loaded once into an empty registry after the demo cases: service providers in
 * Russia, Kazakhstan, Korea, Türkiye and Uzbekistan, and the demo user {@code partner} working for a shelter in
 * Tashkent.
 */
@Component
@Order(65)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class PartnerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnerDemoData.class);

    private final ServiceProviders providers;
    private final PartnerAccounts partners;
    private final TransactionTemplate transaction;

    PartnerDemoData(ServiceProviders providers, PartnerAccounts partners, TransactionTemplate transaction) {
        this.providers = providers;
        this.partners = partners;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (providers.any()) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system:demo",
                null, AuthorityUtils.NO_AUTHORITIES));
        try {
            transaction.executeWithoutResult(status -> load());
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load() {
        long shelter = 0;
        for (var details : ProviderDirectory.demo()) {
            long id = providers.create(details);
            if (details.name().equals(ProviderDirectory.PARTNER_SHELTER)) {
                shelter = id;
            }
        }
        partners.link("partner", shelter);
        log.info("Demo data loaded: {} service providers, partner linked", ProviderDirectory.demo().size());
    }
}
