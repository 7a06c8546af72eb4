package org.safar.protection.referrals;

import org.safar.people.PersonMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Referrals of a merged record move to the record that remains; a second delivery finds nothing to move. */
@Component
class PersonMergedReferrals {

    private final ReferralRecords records;

    PersonMergedReferrals(ReferralRecords records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(PersonMerged merged) {
        records.movePerson(merged.survivor().value(), merged.merged().value());
    }
}
