package org.safar.bench;

import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import org.safar.people.PersonView;
import org.safar.people.generator.GeneratedPerson;
import org.safar.people.generator.Noise;
import org.safar.people.generator.PopulationGenerator;
import org.safar.people.matching.NameKeys;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonSearch;
import org.safar.people.registry.PersonSearch.Hit;
import org.safar.people.registry.PersonSearch.Query;

/**
 * Times the search box against two indexed equality lookups on the same pool in the same run: one person by id
 * ({@link PersonRecords#byId}), and a page of people by their folded family name, read and mapped as the search's
 * page is. Queries are what officers type: full names of loaded people as a later office wrote them (repeated
 * entries from beyond the loaded records: another script, passport spelling), full names transliterated into the
 * other script, and a family name cut short with the given name.
 */
final class SearchLatency {

    static final int LIMIT = 50;
    private static final int WARM_UP = 50;
    private static final boolean SLOW_LOG = Boolean.getBoolean("bench.slow");

    private final PersonSearch search;
    private final PersonRecords records;
    private final Function<String, List<PersonView>> pageByFamily;

    SearchLatency(PersonSearch search, PersonRecords records, Function<String, List<PersonView>> pageByFamily) {
        this.search = search;
        this.records = records;
        this.pageByFamily = pageByFamily;
    }

    /** Latencies in microseconds, sorted; percentiles in milliseconds. */
    record Timings(long[] micros) {

        double percentile(double p) {
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p / 100 * micros.length) - 1)] / 1000.0;
        }
    }

    /**
     * @param lookup one person by id (primary key)
     * @param page a page of up to {@value #LIMIT} people by an indexed equality on the family name, read like the
     *        search's results: the like-for-like baseline
     */
    record Outcome(Timings search, Timings lookup, Timings page, int queries, int found) {

        int searched() {
            return search.micros().length;
        }
    }

    /**
     * Warms up for at most a quarter of the budget, then runs up to {@code queries} searches, stopping early when
     * the budget is spent (the outcome says how many ran), then as many lookups.
     */
    Outcome run(PopulationGenerator generator, long[] truth, int queries, Duration budget, long seed) {
        List<String> texts = new ArrayList<>(queries);
        List<Long> expected = new ArrayList<>(queries);
        long people = Arrays.stream(truth).max().orElse(0);
        generator.records(truth.length + 40L * queries).skip(truth.length)
                .filter(p -> p.duplicate() && p.truthId() <= people
                        && (p.noise().contains(Noise.OTHER_SCRIPT) || p.noise().contains(Noise.PASSPORT_SPELLING)))
                .limit(queries / 3).forEach(p -> {
                    texts.add(fullName(p));
                    expected.add(p.truthId());
                });
        SplittableRandom random = new SplittableRandom(seed);
        int loaded = truth.length;
        List<Integer> picked = new ArrayList<>();
        while (texts.size() < queries) {
            int record = random.nextInt(loaded);
            picked.add(record + 1);
            texts.add(null);
            expected.add(truth[record]);
        }
        fill(generator, picked, texts, expected, truth);
        shuffle(texts, expected, random);
        long[] ids = random.longs(queries, 1, loaded + 1).toArray();
        time(Math.min(WARM_UP, queries), budget.toNanos() / 4,
                i -> search.search(new Query(texts.get(queries - 1 - i), null, null, null), LIMIT));
        time(Math.min(1000, queries), Long.MAX_VALUE, i -> records.byId(ids[queries - 1 - i]));
        int[] found = new int[1];
        Timings searching = time(queries, budget.toNanos(), i -> {
            long began = System.nanoTime();
            List<Hit> hits = search.search(new Query(texts.get(i), null, null, null), LIMIT);
            if (SLOW_LOG && System.nanoTime() - began > Long.getLong("bench.slow.ms", 20) * 1_000_000) {
                System.err.printf("slow %d ms, %d hits: %s%n", (System.nanoTime() - began) / 1_000_000, hits.size(),
                        texts.get(i));
            }
            if (hits.stream().anyMatch(h -> truthOf(h, truth) == expected.get(i))) {
                found[0]++;
            }
        });
        Timings lookups = time(queries, Long.MAX_VALUE, i -> records.byId(ids[i]).orElseThrow());
        List<String> families = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            families.add(NameKeys.of(records.byId(ids[i]).orElseThrow().familyName(), "", "").family());
        }
        time(Math.min(WARM_UP, queries), Long.MAX_VALUE, i -> pageByFamily.apply(families.get(queries - 1 - i)));
        Timings pages = time(queries, Long.MAX_VALUE, i -> pageByFamily.apply(families.get(i)));
        return new Outcome(searching, lookups, pages, queries, found[0]);
    }

    private static void shuffle(List<String> texts, List<Long> expected, SplittableRandom random) {
        for (int i = texts.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            texts.set(i, texts.set(j, texts.get(i)));
            expected.set(i, expected.set(j, expected.get(i)));
        }
    }

    private static long truthOf(Hit hit, long[] truth) {
        return truth[(int) hit.person().id() - 1];
    }

    /** Texts for the randomly picked loaded records: two in three transliterated, one in three cut short. */
    private static void fill(PopulationGenerator generator, List<Integer> picked, List<String> texts,
            List<Long> expected, long[] truth) {
        int first = texts.size() - picked.size();
        Map<Integer, GeneratedPerson> byRecord = new HashMap<>();
        Set<Integer> wanted = new HashSet<>(picked);
        generator.records(truth.length).filter(p -> wanted.contains((int) p.recordNo()))
                .forEach(p -> byRecord.put((int) p.recordNo(), p));
        for (int i = 0; i < picked.size(); i++) {
            GeneratedPerson p = byRecord.get(picked.get(i));
            texts.set(first + i, i % 3 == 2 ? partialFamily(p) : otherScript(fullName(p)));
        }
    }

    private static String fullName(GeneratedPerson p) {
        return String.join(" ", p.familyName(), p.givenNames(), p.patronymic() == null ? "" : p.patronymic()).trim();
    }

    private static String otherScript(String name) {
        boolean cyrillic = name.chars()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        return cyrillic ? ScriptTransliteration.toLatin(name) : ScriptTransliteration.toRussianCyrillic(name);
    }

    private static String partialFamily(GeneratedPerson p) {
        String family = p.familyName();
        String cut = family.length() > 5 ? family.substring(0, family.length() - 2) : family;
        return cut + " " + p.givenNames().split(" ")[0];
    }

    private static Timings time(int count, long budgetNanos, Consumer<Integer> call) {
        long[] micros = new long[count];
        long began = System.nanoTime();
        int done = 0;
        while (done < count && (done == 0 || System.nanoTime() - began < budgetNanos)) {
            long started = System.nanoTime();
            call.accept(done);
            micros[done++] = (System.nanoTime() - started) / 1000;
        }
        micros = Arrays.copyOf(micros, done);
        Arrays.sort(micros);
        return new Timings(micros);
    }
}
