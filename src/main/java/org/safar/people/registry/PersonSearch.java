package org.safar.people.registry;

import java.util.List;

import org.safar.people.PersonView;
import org.safar.people.matching.NameKeys;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search box: a name or part of one in any script or spelling, optionally narrowed by birth year,
 * document number and home region. Names are folded like stored keys and found through the trigram index (whole
 * name similarity, or word similarity for a partial name); merged records are left out.
 */
@Service
public class PersonSearch {

    private final JdbcClient jdbc;
    private final PersonRecords records;
    private final SensitiveData sensitive;

    PersonSearch(JdbcClient jdbc, PersonRecords records, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.records = records;
        this.sensitive = sensitive;
    }

    /** What the officer asked for; every part is optional but at least one is needed. */
    public record Query(String text, Integer birthYear, String documentNumber, String region) {

        public boolean isEmpty() {
            return blank(text) && birthYear == null && blank(documentNumber) && blank(region);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** A person found, with how close the name is to what was typed (1 for a document match). */
    public record Hit(PersonView person, double similarity) {
    }

    @Transactional(readOnly = true)
    public List<Hit> search(Query query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        String name = query.text() == null ? "" : NameKeys.ofLine(query.text()).name();
        String documentHash = query.documentNumber() == null || query.documentNumber().isBlank() ? null
                : sensitive.lookupHash(Registration.normaliseDocumentNumber(query.documentNumber()));
        if (!name.isEmpty()) {
            NameKeys keys = NameKeys.ofLine(query.text());
            if (!keys.family().isEmpty() && !keys.given().isEmpty()) {
                List<Hit> exact = jdbc.sql(BY_FOLDED_KEYS)
                        .param("name", name).param("family", keys.family()).param("given", keys.given())
                        .param("phonetic", keys.phonetic()).param("year", query.birthYear())
                        .param("region", blank(query.region()) ? null : query.region())
                        .param("document", documentHash).param("limit", limit)
                        .query((rs, n) -> new Hit(records.map(rs, n), rs.getDouble("score")))
                        .list();
                if (!exact.isEmpty()) {
                    return exact;
                }
            }
            // a stricter threshold than pg_trgm's 0.3: folded keys of one name are close, and fewer index hits
            // to recheck keep the search fast on a large registry
            jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.4', true)").query().singleValue();
        }
        return jdbc.sql(name.isEmpty() ? BY_FILTERS_ONLY : BY_NAME)
                .param("name", name).param("year", query.birthYear())
                .param("region", blank(query.region()) ? null : query.region())
                .param("document", documentHash).param("limit", limit)
                .query((rs, n) -> new Hit(records.map(rs, n), rs.getDouble("score")))
                .list();
    }

    private static final String FILTERS = """
              and (cast(:year as int) is null or p.birth_year = :year)
              and (cast(:region as text) is null or p.home_region = :region)
              and (cast(:document as text) is null
                   or p.id in (select d.person_id from identity_document d where d.number_hash = :document))
            """;

    /**
     * First pass for a full name: the folded keys (script and spelling already removed) looked up in their B-tree
     * indexes, in both orders of family and given name, and the sound key. Only when this finds nobody does the
     * slower trigram search look for misspellings.
     */
    private static final String BY_FOLDED_KEYS = """
            select""" + " " + PersonRecords.COLUMNS + """
            , greatest(similarity(p.name_key, :name), word_similarity(:name, p.name_key)) score
            from person p
            where p.merged_into is null
              and ((p.family_key = :family and p.given_key like :given || '%')
                   or (p.family_key = :given and p.given_key like :family || '%')
                   or p.phonetic_key = :phonetic)
            """ + FILTERS + """
            order by score desc, p.family_name, p.given_names
            limit :limit""";

    /**
     * Candidates from each trigram index separately (whole name, a word of the name, aliases), joined by
     * {@code union}: one {@code or} across them makes PostgreSQL read the whole table.
     */
    private static final String BY_NAME = """
            with found as (
                select p.id from person p where p.name_key % :name
                union
                select p.id from person p where :name <% p.name_key
                union
                select a.person_id from person_alias a where a.name_key % :name
            )
            select""" + " " + PersonRecords.COLUMNS + """
            , greatest(similarity(p.name_key, :name), word_similarity(:name, p.name_key)) score
            from found join person p on p.id = found.id
            where p.merged_into is null
            """ + FILTERS + """
            order by score desc, p.family_name, p.given_names
            limit :limit""";

    private static final String BY_FILTERS_ONLY = "select " + PersonRecords.COLUMNS + """
            , 1.0 score
            from person p
            where p.merged_into is null and cast(:name as text) = ''
            """ + FILTERS + """
            order by p.family_name, p.given_names
            limit :limit""";

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
