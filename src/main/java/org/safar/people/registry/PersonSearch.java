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
    private final NameDictionary dictionary;

    /** How many similar words of the dictionary stand in for a word that found nobody. */
    static final int SIMILAR_WORDS = 5;

    PersonSearch(JdbcClient jdbc, PersonRecords records, SensitiveData sensitive, NameDictionary dictionary) {
        this.dictionary = dictionary;
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
        String region = blank(query.region()) ? null : query.region();
        if (!name.isEmpty()) {
            List<Hit> indexed = byFoldedKeys(NameKeys.ofLine(query.text()), query.birthYear(), region,
                    documentHash, limit);
            if (!indexed.isEmpty()) {
                return indexed;
            }
            List<Hit> bySimilarWords = bySimilarWords(NameKeys.ofLine(query.text()), query.birthYear(), region,
                    documentHash, limit);
            if (!bySimilarWords.isEmpty()) {
                return bySimilarWords;
            }
            // a stricter threshold than pg_trgm's 0.3: folded keys of one name are close, and fewer index hits
            // to recheck keep the search fast on a large registry
            jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.4', true)").query().singleValue();
        }
        return jdbc.sql(name.isEmpty() ? BY_FILTERS_ONLY : BY_NAME)
                .param("name", name).param("year", query.birthYear())
                .param("region", region)
                .param("document", documentHash).param("limit", limit)
                .query((rs, n) -> new Hit(records.map(rs, n), rs.getDouble("score")))
                .list();
    }

    /**
     * The first pass: folded keys (script and spelling already removed) looked up in B-tree indexes that cover
     * what ranking needs, so no table row is read until the best {@code limit} are known. Two words are tried as
     * family and given name in both orders, each either whole or as the start of a word ("Nazaro Madina" finds
     * Nazarova Madina), plus the sound key; one word is the start of a family name or a whole first given name.
     */
    private List<Hit> byFoldedKeys(NameKeys keys, Integer year, String region, String document, int limit) {
        String family = keys.family();
        List<String> given = keys.given().isEmpty() ? List.of() : List.of(keys.given().split(" "));
        boolean twoWords = !family.isEmpty() && !given.isEmpty();
        String a = family.isEmpty() ? (given.isEmpty() ? "" : given.get(0)) : family;
        String b = twoWords ? given.get(0) : a;
        if (a.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(twoWords ? BY_TWO_WORDS : BY_ONE_WORD)
                .param("name", keys.name())
                .param("a", a).param("aEnd", prefixEnd(a))
                .param("b", b).param("bEnd", prefixEnd(b))
                .param("phonetic", keys.phonetic())
                .param("year", year).param("region", region).param("document", document)
                .param("limit", limit)
                .query((rs, n) -> new Hit(records.map(rs, n), rs.getDouble("score")))
                .list();
    }

    /**
     * The second pass, for a word misspelt or cut where the first found nobody: each of the first two words is
     * replaced by the few most similar words of the name dictionary ({@link NameDictionary}, in memory; a word many
     * people bear goes before a rare one as similar), and those are looked up exactly as family and first given
     * name, in both orders.
     */
    private List<Hit> bySimilarWords(NameKeys keys, Integer year, String region, String document, int limit) {
        List<String> words = keys.words();
        if (words.size() < 2) {
            return List.of();
        }
        String a = keys.family().isEmpty() ? words.get(0) : keys.family();
        String b = keys.given().isEmpty() ? words.get(1) : keys.given().split(" ")[0];
        return jdbc.sql(BY_SIMILAR_WORDS)
                .param("name", keys.name())
                .param("likeA", dictionary.withSimilar(a, SIMILAR_WORDS))
                .param("likeB", dictionary.withSimilar(b, SIMILAR_WORDS))
                .param("year", year).param("region", region).param("document", document)
                .param("limit", limit)
                .query((rs, n) -> new Hit(records.map(rs, n), rs.getDouble("score")))
                .list();
    }

    /** The least string greater than every string that starts with {@code prefix} (keys compare by code point). */
    static String prefixEnd(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last))
                + new String(Character.toChars(last + 1));
    }

    private static final String FILTERS = """
              and (cast(:year as int) is null or p.birth_year = :year)
              and (cast(:region as text) is null or p.home_region = :region)
              and (cast(:document as text) is null
                   or p.id in (select d.person_id from identity_document d where d.number_hash = :document))
            """;

    /** Ranks the people {@code found} through the covering indexes, then reads the rows of the best only. */
    private static final String RANK_FOUND = """
            , top as (
                select p.id, similarity(p.name_key, :name) score from found p
                where true
            """ + FILTERS + """
                order by score desc, p.name_key
                limit :limit
            )
            select""" + " " + PersonRecords.COLUMNS + """
            , top.score
            from top join person p on p.id = top.id
            order by top.score desc, p.family_name, p.given_names""";

    /** What the covering indexes of V9 hold besides their keys; they leave merged records out. */
    private static final String COVERED = """
            select p.id, p.name_key, p.birth_year, p.home_region from person p
            where p.merged_into is null
            """;

    /**
     * Two words as family and given name, whole or as a typed start, in both orders; the sound key only when those
     * found fewer than a page (a common name has hundreds of exact namesakes, and ranking sound-alikes among them
     * only costs time).
     */
    private static final String BY_TWO_WORDS = "with exact as (\n" + COVERED + """
              and p.family_key collate "C" = :a
              and p.given_key collate "C" >= :b and p.given_key collate "C" < :bEnd
            union
            """ + COVERED + """
              and p.family_key collate "C" = :b
              and p.given_key collate "C" >= :a and p.given_key collate "C" < :aEnd
            union
            """ + COVERED + """
              and split_part(p.given_key, ' ', 1) collate "C" = :b
              and p.family_key collate "C" >= :a and p.family_key collate "C" < :aEnd
            union
            """ + COVERED + """
              and split_part(p.given_key, ' ', 1) collate "C" = :a
              and p.family_key collate "C" >= :b and p.family_key collate "C" < :bEnd
            ), found as (
            select * from exact
            union
            """ + COVERED + """
              and p.phonetic_key = :phonetic and (select count(*) from exact) < :limit
            )""" + RANK_FOUND;

    private static final String BY_SIMILAR_WORDS = "with found as (\n" + COVERED + """
              and split_part(p.given_key, ' ', 1) collate "C" = any (cast(:likeB as text[]))
              and p.family_key collate "C" = any (cast(:likeA as text[]))
            union
            """ + COVERED + """
              and split_part(p.given_key, ' ', 1) collate "C" = any (cast(:likeA as text[]))
              and p.family_key collate "C" = any (cast(:likeB as text[]))
            )""" + RANK_FOUND;

    /**
     * One word: family names that start with it, read in index order and cut at the page size (a common family
     * name has thousands of holders), and the people whose first given name it is, cut the same way.
     */
    private static final String BY_ONE_WORD = "with found as (\n(" + COVERED + """
              and p.family_key collate "C" >= :a and p.family_key collate "C" < :aEnd
              and (cast(:year as int) is null or p.birth_year = :year)
              and (cast(:region as text) is null or p.home_region = :region)
            order by p.family_key collate "C", p.given_key collate "C"
            limit :limit)
            union
            (""" + COVERED + """
              and split_part(p.given_key, ' ', 1) collate "C" = :a
              and (cast(:year as int) is null or p.birth_year = :year)
              and (cast(:region as text) is null or p.home_region = :region)
            order by split_part(p.given_key, ' ', 1) collate "C", p.family_key collate "C"
            limit :limit)
            )""" + RANK_FOUND;

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
