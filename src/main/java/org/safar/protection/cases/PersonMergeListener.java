package org.safar.protection.cases;

import org.safar.people.PersonMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two records turn out to be one person, the cases of the merged record move to the survivor. A case that
 * had both keeps one line, with the principal's role when either line had it. Idempotent: a second delivery
 * finds nothing left to move.
 */
@Component
class PersonMergeListener {

    private final JdbcClient jdbc;

    PersonMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PersonMerged merged) {
        long survivor = merged.survivor().value();
        long gone = merged.merged().value();
        jdbc.sql("""
                update protection_case_person s set role = 'PRINCIPAL'
                from protection_case_person m
                where s.person_id = ? and m.person_id = ? and m.case_id = s.case_id and m.role = 'PRINCIPAL'""")
                .params(survivor, gone).update();
        jdbc.sql("""
                delete from protection_case_person m where m.person_id = ?
                and exists (select 1 from protection_case_person s where s.case_id = m.case_id and s.person_id = ?)""")
                .params(gone, survivor).update();
        jdbc.sql("update protection_case_person set person_id = ? where person_id = ?").params(survivor, gone)
                .update();
    }
}
