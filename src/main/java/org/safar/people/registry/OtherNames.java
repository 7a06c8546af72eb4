package org.safar.people.registry;

import java.util.List;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonId;
import org.safar.people.matching.NameKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The other names a person is known by. Search and matching find the person by each of them. */
@Service
public class OtherNames {

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    OtherNames(PersonRecords records, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.records = records;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A name and where it came from: {@code ENTERED}, {@code MERGED} or {@code IMPORTED}. */
    public record OtherName(String fullName, String source) {
    }

    public List<OtherName> of(PersonId person) {
        return jdbc.sql("select full_name, source from person_alias where person_id = ? order by id")
                .param(person.value()).query(OtherName.class).list();
    }

    @Transactional
    public void add(PersonId person, String fullName) {
        records.live(person);
        jdbc.sql("insert into person_alias (person_id, full_name, name_key, source) values (?, ?, ?, 'ENTERED')")
                .params(person.value(), fullName, NameKeys.ofLine(fullName).name()).update();
        events.publishEvent(new PersonDetailsChanged(person, "ALIAS", "other name added"));
    }
}
