package org.safar.people.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safar.people.PersonView;
import org.safar.people.matching.MatchDecision;
import org.safar.people.matching.NameKeys;
import org.safar.people.matching.PersonComparison;
import org.safar.people.matching.PersonFacts;
import org.safar.people.matching.PersonMatcher;
import org.safar.people.matching.PersonName;
import org.safar.people.matching.Script;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people already registered who may be the one being entered. Candidates come from indexed keys only —
 * trigram similarity of the folded name and of aliases, the sound key, the document's lookup hash — never from a
 * full scan; each is then compared with {@link PersonMatcher}.
 */
@Service
public class IdentityResolver {

    private static final int MAX_CANDIDATES = 200;

    private final JdbcClient jdbc;
    private final PersonRecords records;
    private final SensitiveData sensitive;
    private final PersonMatcher matcher = new PersonMatcher();
    private final SurnameFrequency surnames;

    private final NameDictionary dictionary;

    IdentityResolver(JdbcClient jdbc, PersonRecords records, SensitiveData sensitive, SurnameFrequency surnames,
            NameDictionary dictionary) {
        this.dictionary = dictionary;
        this.surnames = surnames;
        this.jdbc = jdbc;
        this.records = records;
        this.sensitive = sensitive;
    }

    /** A registered person who may be the one entered, with the score and the reasons. */
    public record Candidate(PersonView person, PersonComparison comparison) {
    }

    /** Likely matches for a registration, best first; non-matches are left out. */
    @Transactional(readOnly = true)
    public List<Candidate> candidatesFor(Registration form, Long excludeId) {
        PersonName name = PersonName.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic());
        String documentHash = form.getDocumentNumber() == null ? null
                : sensitive.lookupHash(Registration.normaliseDocumentNumber(form.getDocumentNumber()));
        PersonFacts entered = new PersonFacts(name, form.getBirthDate(), form.getBirthYear(),
                documentHash == null ? Set.of() : Set.of(documentHash));
        return candidates(entered, Script.of(form.getFamilyName(), form.getGivenNames()).code(), excludeId);
    }

    /** Likely matches for a person already registered (the duplicate scan), best first; never the person. */
    @Transactional(readOnly = true)
    public List<Candidate> candidatesOf(PersonView person) {
        return candidates(facts(person), person.nameScript(), person.id());
    }

    private List<Candidate> candidates(PersonFacts entered, String enteredScript, Long excludeId) {
        List<Candidate> candidates = new ArrayList<>();
        Integer year = entered.birthDate() != null ? Integer.valueOf(entered.birthDate().getYear()) : entered.birthYear();
        List<PersonView> found = load(candidateIds(NameKeys.of(entered.name()), year, entered.documentHashes(),
                excludeId));
        // one query for all candidates' documents rather than one per candidate
        Map<Long, Set<String>> documents = records.documentHashes(found.stream().map(PersonView::id).toList());
        for (PersonView person : found) {
            PersonFacts registered = facts(person, documents.getOrDefault(person.id(), Set.of()));
            boolean common = entered.name().family().equals(registered.name().family())
                    && surnames.isCommon(entered.name().family());
            PersonComparison comparison = matcher.compare(entered, registered, common);
            if (comparison.decision() != MatchDecision.NONMATCH) {
                candidates.add(new Candidate(person, withScript(comparison, enteredScript, person.nameScript())));
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.comparison().score()).reversed());
        return candidates.size() > 10 ? List.copyOf(candidates.subList(0, 10)) : List.copyOf(candidates);
    }

    /**
     * Candidates only from indexes, never a scan: the folded family and first given name looked up exactly in both
     * orders (script, spelling and swapped fields already removed), the sound key, each name beside the few most
     * similar words of the {@link NameDictionary} (a typo, a cut name), other names by trigrams, and the
     * documents. Those born in the same year come first when there are more than can be compared.
     */
    private List<Long> candidateIds(NameKeys keys, Integer birthYear, Set<String> documentHashes, Long excludeId) {
        String byDocument = documentHashes.isEmpty() ? ""
                : "union select d.person_id, null from identity_document d where d.number_hash in (:documents)";
        String given = keys.given().isEmpty() ? "" : keys.given().split(" ")[0];
        return jdbc.sql("""
                select id from (
                    select p.id, p.birth_year from person p where p.merged_into is null
                       and p.family_key collate "C" = any (cast(:likeFamily as text[]))
                       and split_part(p.given_key, ' ', 1) collate "C" = any (cast(:likeGiven as text[]))
                    union
                    select p.id, p.birth_year from person p where p.merged_into is null
                       and p.family_key collate "C" = any (cast(:likeGiven as text[]))
                       and split_part(p.given_key, ' ', 1) collate "C" = any (cast(:likeFamily as text[]))
                    union
                    select p.id, p.birth_year from person p where p.merged_into is null and p.phonetic_key = :phonetic
                    union
                    select a.person_id, null from person_alias a where a.name_key % :name
                    """ + byDocument + """
                ) found
                where id is distinct from cast(:exclude as bigint)
                order by birth_year is not distinct from cast(:year as int) desc, id
                limit :limit""")
                .param("name", keys.name()).param("phonetic", keys.phonetic())
                .param("likeFamily", dictionary.withSimilar(keys.family(), PersonSearch.SIMILAR_WORDS))
                .param("likeGiven", dictionary.withSimilar(given, PersonSearch.SIMILAR_WORDS))
                .param("year", birthYear)
                .param("documents", List.copyOf(documentHashes)).param("exclude", excludeId)
                .param("limit", MAX_CANDIDATES)
                .query(Long.class).list();
    }

    private List<PersonView> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + PersonRecords.COLUMNS + " from person p where p.id in (:ids)"
                + " and p.merged_into is null").param("ids", ids).query(records::map).list();
    }

    PersonFacts facts(PersonView person) {
        return facts(person, records.documentHashes(person.id()));
    }

    private static PersonFacts facts(PersonView person, Set<String> documentHashes) {
        return new PersonFacts(PersonName.of(person.familyName(), person.givenNames(), person.patronymic()),
                person.birthDate(), person.birthYear(), documentHashes);
    }

    private static PersonComparison withScript(PersonComparison comparison, String entered, String stored) {
        if (Script.MIXED.code().equals(entered) || entered.equals(stored) || Script.MIXED.code().equals(stored)) {
            return comparison;
        }
        List<String> reasons = new ArrayList<>(comparison.reasons());
        reasons.add("match.reason.otherScript");
        return new PersonComparison(comparison.score(), comparison.decision(), List.copyOf(reasons));
    }
}
