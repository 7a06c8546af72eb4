package org.safar.mobility.applications;

import org.safar.people.PersonMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves applications and complaints of a merged person to the record that remains. Where both records applied to
 * the same vacancy, the merged record's application is withdrawn so that one open application remains.
 */
@Component
class PersonMergeFollower {

    private final Applications applications;

    PersonMergeFollower(Applications applications) {
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(PersonMerged merged) {
        applications.movePerson(merged.merged(), merged.survivor());
    }
}
