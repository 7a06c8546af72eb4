package org.safar.people.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safar.people.PersonDetailsChanged;
import org.safar.people.PersonRegistered;
import org.safar.people.PersonUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name words in use ({@code name_word}: folded family names and first given names with how many records use
 * them) kept in memory with their own trigram index, so that a misspelt or cut word ("Fesuza", "Mirzay") finds the
 * words it may stand for in microseconds instead of a trigram scan of the table. Similarity is pg_trgm's (shared
 * trigrams over all trigrams of both, words padded as pg_trgm pads them); a word many people bear goes before an
 * equally similar rare one. The copy is reloaded at most every {@link #REFRESH} and at once after this node
 * registered or changed someone; a word another node added a moment ago is still found by the exact lookups and
 * the trigram fallback of the search.
 */
@Component
public class NameDictionary {

    static final Duration REFRESH = Duration.ofSeconds(10);
    static final double THRESHOLD = 0.3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile Instant loadedAt = Instant.MIN;

    NameDictionary(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The words, their uses, and for each trigram the words that have it. */
    record Snapshot(String[] words, long[] uses, int[] trigramCounts, Map<String, int[]> wordsByTrigram) {

        static Snapshot of(List<String> words, List<Long> uses) {
            Map<String, List<Integer>> index = new HashMap<>();
            int[] counts = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                Set<String> grams = trigrams(words.get(i));
                counts[i] = grams.size();
                for (String gram : grams) {
                    index.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> byTrigram = new HashMap<>(index.size() * 2);
            index.forEach((gram, ids) -> byTrigram.put(gram, ids.stream().mapToInt(Integer::intValue).toArray()));
            return new Snapshot(words.toArray(String[]::new), uses.stream().mapToLong(Long::longValue).toArray(),
                    counts, byTrigram);
        }

        /** Up to {@code limit} words at least {@link #THRESHOLD} similar to {@code word}, most likely first. */
        List<String> similar(String word, int limit) {
            Set<String> grams = trigrams(word);
            if (grams.isEmpty()) {
                return List.of();
            }
            Map<Integer, Integer> shared = new HashMap<>();
            for (String gram : grams) {
                for (int id : wordsByTrigram.getOrDefault(gram, new int[0])) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
            record Scored(String word, double score) {
            }
            List<Scored> scored = new ArrayList<>();
            shared.forEach((id, common) -> {
                double similarity = (double) common / (grams.size() + trigramCounts[id] - common);
                if (similarity >= THRESHOLD) {
                    scored.add(new Scored(words[id], similarity + 0.05 * Math.log(Math.max(1, uses[id]))));
                }
            });
            return scored.stream()
                    .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::word))
                    .limit(limit).map(Scored::word).toList();
        }
    }

    /**
     * The word itself followed by up to {@code limit} words of the dictionary that it may stand for, as a
     * PostgreSQL array literal for {@code = any(cast(:words as text[]))}.
     */
    public String withSimilar(String word, int limit) {
        Set<String> words = new LinkedHashSet<>();
        words.add(word);
        words.addAll(current().similar(word, limit));
        StringBuilder array = new StringBuilder("{");
        for (String w : words) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"').append(w.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return array.append('}').toString();
    }

    /** Words similar to {@code word}, most likely first (the word itself when it is in use). */
    public List<String> similar(String word, int limit) {
        return current().similar(word, limit);
    }

    @EventListener({ PersonRegistered.class, PersonUpdated.class, PersonDetailsChanged.class })
    void namesChanged() {
        loadedAt = Instant.MIN;
    }

    private Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || loadedAt.plus(REFRESH).isBefore(now)) {
            synchronized (this) {
                if (snapshot == null || loadedAt.plus(REFRESH).isBefore(now)) {
                    List<String> words = new ArrayList<>();
                    List<Long> uses = new ArrayList<>();
                    jdbc.sql("select word, uses from name_word").query(rs -> {
                        words.add(rs.getString(1));
                        uses.add(rs.getLong(2));
                    });
                    snapshot = Snapshot.of(words, uses);
                    loadedAt = now;
                }
            }
        }
        return snapshot;
    }

    /** pg_trgm's trigrams of one word: lower case, padded with two spaces before and one after. */
    static Set<String> trigrams(String word) {
        Set<String> grams = new LinkedHashSet<>();
        for (String part : word.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String padded = "  " + part + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
