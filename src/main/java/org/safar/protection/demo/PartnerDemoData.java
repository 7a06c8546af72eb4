package org.safar.protection.demo;

import java.util.HashMap;
import java.util.Map;

import org.safar.protection.providers.PartnerAccounts;
import org.safar.protection.providers.ServiceProviders;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner side's demo data, loaded once into an empty registry after the demo cases: service providers in
 * Russia, Kazakhstan, Korea, Türkiye and Uzbekistan, the demo user {@code partner} working for a shelter in
 * Tashkent, a few referrals in every state and one transfer waiting (see {@link ReferralScenes}).
 */
@Component
@Order(65)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class PartnerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnerDemoData.class);

    private final ServiceProviders providers;
    private final PartnerAccounts partners;
    private final ReferralScenes scenes;
    private final TransactionTemplate transaction;

    PartnerDemoData(ServiceProviders providers, PartnerAccounts partners, ReferralScenes scenes,
            TransactionTemplate transaction) {
        this.providers = providers;
        this.partners = partners;
        this.scenes = scenes;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (providers.any()) {
            return;
        }
        RunAs.system(RunAs.DEMO, () -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        Map<String, Long> ids = new HashMap<>();
        for (var details : ProviderDirectory.demo()) {
            ids.put(details.name(), providers.create(details));
        }
        partners.link("partner", ids.get(ProviderDirectory.PARTNER_SHELTER));
        int[] made = scenes.play(ids);
        log.info("Demo data loaded: {} service providers, {} referrals, {} transfer waiting", ids.size(), made[0],
                made[1]);
    }
}
