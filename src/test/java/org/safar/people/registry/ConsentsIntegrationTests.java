package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent is valid from the day it is given until it is withdrawn; the latest answer for a purpose counts. */
@SafarIntegrationTest
class ConsentsIntegrationTests {

    @Autowired
    Consents consents;

    @Autowired
    PeopleFixtures people;

    @Autowired
    Clock clock;

    @Test
    void consentGivenIsValidUntilItIsWithdrawn() {
        PersonId person = people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(), LocalDate.of(1990, 3, 4)));
        assertThat(consents.hasValidConsent(person, ConsentPurpose.REFERRAL)).isFalse();

        consents.record(person, ConsentPurpose.REFERRAL, true, LocalDate.now(clock), "caseworker");
        assertThat(consents.hasValidConsent(person, ConsentPurpose.REFERRAL)).isTrue();
        assertThat(consents.hasValidConsent(person, ConsentPurpose.STATISTICS)).isFalse();

        consents.withdraw(person, consents.of(person).get(0).id());
        assertThat(consents.hasValidConsent(person, ConsentPurpose.REFERRAL)).isFalse();
        assertThat(consents.of(person)).singleElement().satisfies(consent -> {
            assertThat(consent.given()).isTrue();
            assertThat(consent.withdrawnOn()).isNotNull();
        });
    }

    @Test
    void aLaterRefusalOutweighsAnEarlierConsentAndCannotBeWithdrawn() {
        PersonId person = people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(), LocalDate.of(1991, 5, 6)));
        consents.record(person, ConsentPurpose.CONTACT, true, LocalDate.now(clock).minusDays(3), "caseworker");
        consents.record(person, ConsentPurpose.CONTACT, false, LocalDate.now(clock), "caseworker");

        assertThat(consents.hasValidConsent(person, ConsentPurpose.CONTACT)).isFalse();
        long refusal = consents.of(person).get(0).id();
        assertThatThrownBy(() -> consents.withdraw(person, refusal)).isInstanceOf(DomainException.class);
    }
}
