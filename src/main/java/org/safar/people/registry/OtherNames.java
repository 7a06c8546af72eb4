package org.safar.people.registry;

import java.util.List;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.matching.NameKeys;
import org.safar.platform.DomainException;
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
    public record OtherName(long id, String fullName, String source) {
    }

    public List<OtherName> of(PersonId person) {
        return jdbc.sql("select id, full_name, source from person_alias where person_id = ? order by id")
                .param(person.value()).query(OtherName.class).list();
    }

    /**
     * True when {@code name} is the name the person's record now has, written alike or in another script or
     * spelling (Каримов Рустам for Karimov Rustam): its folded key is the current name's, so searches and matching
     * find the person by it whether it is kept or not.
     */
    public static boolean isCurrentName(PersonView person, String name) {
        return spaced(person.fullName()).equalsIgnoreCase(spaced(name))
                || NameKeys.ofLine(name).name().equals(NameKeys.ofLine(person.fullName()).name());
    }

    private static String spaced(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    @Transactional
    public void add(PersonId person, String fullName) {
        records.live(person);
        jdbc.sql("insert into person_alias (person_id, full_name, name_key, source) values (?, ?, ?, 'ENTERED')")
                .params(person.value(), fullName, NameKeys.ofLine(fullName).name()).update();
        events.publishEvent(new PersonDetailsChanged(person, "ALIAS", "other name added"));
    }

    /**
     * Forgets another name, with the name key that made searches and matching find the person by it. The name the
     * record now has, in any script or spelling, is not an alias to forget: the person would still be found by it,
     * and it is changed by correcting the record.
     */
    @Transactional
    public void remove(PersonId person, long aliasId) {
        PersonView current = records.live(person);
        String name = jdbc.sql("select full_name from person_alias where id = ? and person_id = ?")
                .params(aliasId, person.value()).query(String.class).optional()
                .orElseThrow(DomainException::notFound);
        if (isCurrentName(current, name)) {
            throw new DomainException("person.alias.isCurrentName");
        }
        jdbc.sql("delete from person_alias where id = ?").param(aliasId).update();
        events.publishEvent(new PersonDetailsChanged(person, "ALIAS", "other name removed"));
    }
}
