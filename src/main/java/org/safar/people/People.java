package org.safar.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonSearch;
import org.safar.platform.DomainException;
import org.safar.platform.Language;
import org.springframework.stereotype.Service;

/**
 * The registry as other modules see it: find a person (following merges to the record that survived), show a
 * name in the reader's script, and search for a person to link to a case, an application or an enrolment.
 */
@Service
public class People {

    private static final int MAX_MERGE_CHAIN = 20;

    private final PersonRecords records;
    private final PersonSearch search;

    People(PersonRecords records, PersonSearch search) {
        this.records = records;
        this.search = search;
    }

    /** The person, or the record they were merged into; empty when no such person was ever registered. */
    public Optional<PersonView> find(PersonId person) {
        Optional<PersonView> found = records.byId(person.value());
        for (int i = 0; i < MAX_MERGE_CHAIN && found.isPresent() && found.get().mergedInto() != null; i++) {
            found = records.byId(found.get().mergedInto());
        }
        return found;
    }

    /** The person as {@link #find} finds them; a 404 with a translated message ({@code person.notFound}) if not. */
    public PersonView require(PersonId person) {
        return find(person).orElseThrow(() -> new DomainException(404, "person.notFound"));
    }

    /** Up to {@code limit} people whose names look like {@code text} in any script, most similar first. */
    public List<PersonView> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return search.search(new PersonSearch.Query(text, null, null, null), limit).stream()
                .map(PersonSearch.Hit::person).toList();
    }

    /** The person's full name written in the reader's script (stored names never change, only their display). */
    public static String nameFor(PersonView person, Locale reader) {
        return inReadersScript(person.fullName(), reader);
    }

    /** A name written the way a reader of {@code reader}'s language and script would write it. */
    public static String inReadersScript(String name, Locale reader) {
        return switch (Language.of(reader).orElse(Language.EN)) {
            case UZ_CYRL -> ScriptTransliteration.toUzbekCyrillic(name);
            case RU -> ScriptTransliteration.toRussianCyrillic(name);
            case UZ_LATN, EN -> ScriptTransliteration.toLatin(name);
        };
    }
}
