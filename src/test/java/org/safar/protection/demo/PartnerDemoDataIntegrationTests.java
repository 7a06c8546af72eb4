package org.safar.protection.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.Users;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.protection.providers.PartnerAccounts;
import org.safar.protection.providers.ServiceProviders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo shows the partner side at work: providers abroad and at home, referrals and transfers in several states. */
@SafarIntegrationTest
class PartnerDemoDataIntegrationTests {

    @Autowired
    ServiceProviders providers;

    @Autowired
    PartnerAccounts partners;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void providersAreInTheFiveCountriesAndTheDemoPartnerWorksForATashkentShelter() {
        assertThat(providers.countries()).contains("RU", "KZ", "KR", "TR", "UZ");
        long partner = users.byUsername("partner").orElseThrow().id();
        var shelter = providers.require(partners.providerOf(partner).orElseThrow());
        assertThat(shelter.name()).isEqualTo(ProviderDirectory.PARTNER_SHELTER);
        assertThat(shelter.country()).isEqualTo("UZ");
    }

    @Test
    void theDemoPartnerHasReferralsWaitingAcceptedCompletedAndCancelledOneTransferWaitsOneWasWithdrawn() {
        assertThat(jdbc.sql("""
                select distinct r.status from referral r join partner_account p on p.provider_id = r.provider_id
                  join app_user u on u.id = p.user_id where u.username = 'partner'""").query(String.class).list())
                .contains("SENT", "ACCEPTED", "COMPLETED", "CANCELLED");
        assertThat(jdbc.sql("select count(*) from case_transfer where status = 'REQUESTED'").query(Long.class)
                .single()).isPositive();
        assertThat(jdbc.sql("select count(*) from case_transfer where status = 'WITHDRAWN'").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void theServicesTheDemoPartnerRecordedAreAmongTheirCasesServicesDelivered() {
        assertThat(jdbc.sql("""
                select count(*) from referral_service s join referral r on r.id = s.referral_id
                 where not exists (select 1 from protection_case_service c
                                    where c.referral_service_id = s.id and c.case_id = r.case_id)""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from protection_case_service where referral_id is not null")
                .query(Long.class).single()).isPositive();
    }
}
