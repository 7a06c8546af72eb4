package org.safar.people.registry;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between relatives who are both in the registry. A link is stored from each side with the relation seen
 * from that side, so that either profile lists the other; both rows are written and removed together.
 */
@Service
public class FamilyLinks {

    private static final Pattern REFERENCE = Pattern.compile("PER-\\d{4}-\\d{6}");

    private final PersonRecords records;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FamilyLinks(PersonRecords records, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.records = records;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A relative as listed on a person's profile: how they are related to the person. */
    public record Relative(PersonView person, FamilyRelation relation) {
    }

    public List<Relative> of(PersonId person) {
        return jdbc.sql("select " + PersonRecords.COLUMNS + ", f.relation from family_link f "
                + "join person p on p.id = f.relative_id where f.person_id = ? order by f.created_at, p.id")
                .param(person.value())
                .query((rs, n) -> new Relative(records.map(rs, n), FamilyRelation.valueOf(rs.getString("relation"))))
                .list();
    }

    /** The person a reference such as {@code PER-2026-000012}, or a record id, stands for. */
    public Optional<PersonId> find(String referenceOrId) {
        String typed = referenceOrId == null ? "" : referenceOrId.strip().toUpperCase(java.util.Locale.ROOT);
        if (REFERENCE.matcher(typed).matches()) {
            return jdbc.sql("select id from person where reference = ?").param(typed).query(Long.class).optional()
                    .map(PersonId::of);
        }
        if (typed.matches("\\d{1,18}")) {
            return records.byId(Long.parseLong(typed)).map(PersonView::personId);
        }
        return Optional.empty();
    }

    /**
     * Links {@code relative} to {@code person} as the person's {@code relation} (a PARENT relative makes the person
     * their CHILD). Replaces an earlier link between the two. Refuses a link to oneself or to a merged record.
     */
    @Transactional
    public void link(PersonId person, PersonId relative, FamilyRelation relation) {
        if (person.equals(relative)) {
            throw new DomainException("person.family.self");
        }
        PersonView self = records.live(person);
        PersonView other = records.byId(relative.value()).orElseThrow(DomainException::notFound);
        if (other.mergedInto() != null) {
            throw new DomainException("person.family.merged", other.reference());
        }
        store(person, relative, relation);
        store(relative, person, relation.inverse());
        events.publishEvent(new PersonDetailsChanged(person, "FAMILY_LINK",
                relation + " " + other.reference() + " linked"));
        events.publishEvent(new PersonDetailsChanged(relative, "FAMILY_LINK",
                relation.inverse() + " " + self.reference() + " linked"));
    }

    @Transactional
    public void unlink(PersonId person, PersonId relative) {
        int removed = jdbc.sql("""
                delete from family_link
                where (person_id = ? and relative_id = ?) or (person_id = ? and relative_id = ?)""")
                .params(person.value(), relative.value(), relative.value(), person.value()).update();
        if (removed == 0) {
            throw DomainException.notFound();
        }
        events.publishEvent(new PersonDetailsChanged(person, "FAMILY_LINK",
                records.reference(relative.value()) + " unlinked"));
        events.publishEvent(new PersonDetailsChanged(relative, "FAMILY_LINK",
                records.reference(person.value()) + " unlinked"));
    }

    private void store(PersonId from, PersonId to, FamilyRelation relation) {
        jdbc.sql("""
                insert into family_link (person_id, relative_id, relation) values (?, ?, ?)
                on conflict (person_id, relative_id) do update set relation = excluded.relation""")
                .params(from.value(), to.value(), relation.name()).update();
    }
}
