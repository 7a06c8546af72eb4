package org.safar.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Database;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.PersonNameComparator;
import no.priv.garshol.duke.databases.AbstractKeyFunction;
import no.priv.garshol.duke.databases.InMemoryBlockingDatabase;
import no.priv.garshol.duke.databases.KeyFunction;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.safar.people.generator.GeneratedPerson;
import org.safar.people.generator.PopulationGenerator;

/**
 * Deduplicates the generated records with Duke 1.2 (a Java record-linkage engine), configured as a competent Duke
 * user would for people with names, a birth date and a document, and scores its pairs against the generator's truth
 * exactly as {@link DuplicateFinding} scores ours: a true pair is two records with one truth id, a found pair is one
 * Duke reports as a match (above its threshold). See ADR 0011 for why it is configured so.
 *
 * <p>The configuration (the Java equivalent of a Duke XML file; {@link #describe()} prints it):
 * <ul>
 * <li>Cleaning of every name: ICU's generic {@code Any-Latin; Latin-ASCII} transliteration (what a Duke user facing
 * Cyrillic and Latin records reaches for; none of Safar's own rules for Uzbek and Russian), then Duke's
 * {@link LowerCaseNormalizeCleaner}, then only letters and spaces are kept (apostrophes of oʻ/gʻ go). The document
 * number is lower-cased with everything but letters and digits removed; the birth date is written {@code yyyymmdd}.
 * <li>Properties, with Duke's comparators and (low, high) probabilities: family name Levenshtein (0.15, 0.80);
 * given names PersonNameComparator (0.15, 0.80); patronymic Levenshtein (0.25, 0.65); birth date Exact (0.10,
 * 0.90); birth year Exact (0.25, 0.55), the only date evidence when only a year is known; document number Exact
 * (0.20, 0.99). Threshold 0.90 (no "maybe" band: only matches are scored, as our MATCH is). Tried first and
 * dropped on another seed: JaroWinkler for family names and patronymics scores unrelated names ending in -ova or
 * -ovich above 0.5, which Duke counts as evidence for a match (precision 0.975 against 0.995).
 * <li>Candidate search, as Duke's documentation recommends: {@link Store#LUCENE} (Duke's default, in memory) with
 * fuzzy search off (documented as slow) and at most 30 hits, looking up family name, given names, birth date and
 * document; or {@link Store#BLOCKING}, the in-memory blocking database of Duke 1.2 with four key functions
 * (document; birth date; first four letters of the family name with the birth year; first four letters of the
 * given names with the birth date) and its default window. At 100,000 records both find the same pairs; Lucene
 * was faster, so it is the default.
 * <li>{@link Processor} with as many threads as cores, all records in one batch (indexed, then each matched against
 * all indexed records), every match collected by a {@link no.priv.garshol.duke.matchers.MatchListener}.
 * </ul>
 * The wall time is Duke's own work ({@link Processor#deduplicate(Collection)}: indexing, candidate search and
 * comparison). Making the records (cleaning included) is timed apart, as our keys are made when people are loaded.
 */
final class DukeComparison {

    /** Where Duke looks for candidates. */
    enum Store {
        LUCENE, BLOCKING
    }

    /** Duke's match threshold; {@code -Dbench.duke.threshold} tries another. */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("bench.duke.threshold", "0.90"));
    static final int MAX_SEARCH_HITS = 30;

    private static final String ID = "ID";
    private static final String FAMILY = "FAMILY";
    private static final String GIVEN = "GIVEN";
    private static final String PATRONYMIC = "PATRONYMIC";
    private static final String BIRTH_DATE = "BIRTH_DATE";
    private static final String BIRTH_YEAR = "BIRTH_YEAR";
    private static final String DOCUMENT = "DOCUMENT";

    private final Store store;
    private final int threads;

    DukeComparison(Store store, int threads) {
        this.store = store;
        this.threads = threads;
    }

    /** Duke's figures on the first records of the generator; counts of pairs as in {@link DuplicateFinding}. */
    record Outcome(Store store, int records, int threads, long prepareMillis, long millis, long comparisons,
            long truePairs, long matchTrue, long matchFalse) {

        double precision() {
            return matchTrue + matchFalse == 0 ? 0 : (double) matchTrue / (matchTrue + matchFalse);
        }

        double recall() {
            return truePairs == 0 ? 0 : (double) matchTrue / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Deduplicates the first {@code count} records; {@code truth} holds the truth id of each by record number - 1. */
    Outcome run(PopulationGenerator generator, int count, long[] truth) {
        long started = System.nanoTime();
        Cleaner name = new NameCleaner();
        List<Record> records = new ArrayList<>(count);
        generator.records(count).forEach(p -> records.add(record(p, name)));
        long prepareMillis = (System.nanoTime() - started) / 1_000_000;

        ConfigurationImpl config = configuration(store);
        Database database = config.getDatabase(true);
        Processor processor = new Processor(config, database);
        processor.setThreads(threads);
        Set<Long> pairs = ConcurrentHashMap.newKeySet();
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                long a = Long.parseLong(r1.getValue(ID));
                long b = Long.parseLong(r2.getValue(ID));
                pairs.add(Math.min(a, b) << 32 | Math.max(a, b));
            }
        });
        started = System.nanoTime();
        processor.deduplicate(records);
        long millis = (System.nanoTime() - started) / 1_000_000;
        processor.close();

        long matchTrue = 0;
        for (long pair : pairs) {
            if (truth[(int) (pair >>> 32) - 1] == truth[(int) (pair & 0xffffffffL) - 1]) {
                matchTrue++;
            }
        }
        long[] truthOfRecords = Arrays.copyOf(truth, count);
        return new Outcome(store, count, threads, prepareMillis, millis, processor.getComparisonCount(),
                DuplicateFinding.truePairs(truthOfRecords), matchTrue, pairs.size() - matchTrue);
    }

    static ConfigurationImpl configuration(Store store) {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setThreshold(THRESHOLD); // before the properties: Duke picks its lookup properties from it
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(ID));
        properties.add(property(FAMILY, new Levenshtein(), 0.15, 0.80, Property.Lookup.TRUE));
        properties.add(property(GIVEN, new PersonNameComparator(), 0.15, 0.80, Property.Lookup.TRUE));
        properties.add(property(PATRONYMIC, new Levenshtein(), 0.25, 0.65, Property.Lookup.FALSE));
        properties.add(property(BIRTH_DATE, new ExactComparator(), 0.10, 0.90, Property.Lookup.TRUE));
        properties.add(property(BIRTH_YEAR, new ExactComparator(), 0.25, 0.55, Property.Lookup.FALSE));
        properties.add(property(DOCUMENT, new ExactComparator(), 0.20, 0.99, Property.Lookup.TRUE));
        config.setProperties(properties);
        if (store == Store.LUCENE) {
            LuceneDatabase lucene = new LuceneDatabase();
            lucene.setFuzzySearch(false);
            lucene.setMaxSearchHits(MAX_SEARCH_HITS);
            config.setDatabase(lucene);
        }
        else {
            InMemoryBlockingDatabase blocking = new InMemoryBlockingDatabase();
            blocking.setKeyFunctions(List.of(new Key(DOCUMENT, 0, null), new Key(BIRTH_DATE, 0, null),
                    new Key(FAMILY, 4, BIRTH_YEAR),
                    new Key(GIVEN, 4, BIRTH_DATE)));
            config.setDatabase(blocking);
        }
        config.validate();
        return config;
    }

    private static Property property(String name, Comparator comparator, double low, double high,
            Property.Lookup lookup) {
        PropertyImpl property = new PropertyImpl(name, comparator, low, high);
        property.setLookupBehaviour(lookup);
        return property;
    }

    /** One record as Duke sees it, cleaned as its data source columns would clean it. */
    private static Record record(GeneratedPerson p, Cleaner name) {
        RecordImpl record = new RecordImpl();
        record.addValue(ID, Long.toString(p.recordNo()));
        add(record, FAMILY, p.familyName(), name);
        add(record, GIVEN, p.givenNames(), name);
        add(record, PATRONYMIC, p.patronymic(), name);
        if (p.birthDate() != null) {
            record.addValue(BIRTH_DATE, p.birthDate().toString().replace("-", ""));
        }
        Integer year = p.birthYear() != null ? p.birthYear()
                : p.birthDate() != null ? Integer.valueOf(p.birthDate().getYear()) : null;
        if (year != null) {
            record.addValue(BIRTH_YEAR, year.toString());
        }
        if (p.documentNumber() != null) {
            String document = new LowerCaseNormalizeCleaner().clean(p.documentNumber()).replaceAll("[^a-z0-9]", "");
            if (!document.isEmpty()) {
                record.addValue(DOCUMENT, document);
            }
        }
        return record;
    }

    private static void add(RecordImpl record, String property, String value, Cleaner cleaner) {
        if (value != null) {
            String cleaned = cleaner.clean(value);
            if (!cleaned.isEmpty()) {
                record.addValue(property, cleaned);
            }
        }
    }

    /**
     * A Duke cleaner for names in any script: ICU's generic transliteration to Latin and ASCII, Duke's lower-case
     * normalisation, letters and spaces only.
     */
    static final class NameCleaner implements Cleaner {

        private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        private final LowerCaseNormalizeCleaner lower = new LowerCaseNormalizeCleaner();
        private final Map<String, String> cleaned = new HashMap<>();

        /** Names repeat, and ICU's {@code Any-Latin} is slow: each distinct value is cleaned once. */
        @Override
        public String clean(String value) {
            return cleaned.computeIfAbsent(value,
                    v -> lower.clean(latin.transliterate(v)).replaceAll("[^a-z ]", "").trim());
        }
    }

    /** A blocking key: the first letters of a property's value, with another property's value. */
    private static final class Key extends AbstractKeyFunction implements KeyFunction {

        private final String property;
        private final int letters;
        private final String with;

        Key(String property, int letters, String with) {
            this.property = property;
            this.letters = letters;
            this.with = with;
        }

        @Override
        public String makeKey(Record record) {
            String value = record.getValue(property);
            if (value == null) {
                // no value: a key of its own, so the record is not put in one huge block of the valueless
                return "~" + record.getValue(ID);
            }
            String key = letters > 0 ? value.substring(0, Math.min(letters, value.length())) : value;
            return with == null ? key : key + "|" + record.getValue(with);
        }

        @Override
        public String toString() {
            return (letters > 0 ? letters + " letters of " : "") + property + (with == null ? "" : " + " + with);
        }
    }

    /** The configuration in words, for the results. */
    static String describe(Store store, int threads) {
        return String.format(Locale.ROOT, """
                Duke 1.2 configuration: names cleaned with ICU `Any-Latin; Latin-ASCII`, Duke's \
                LowerCaseNormalizeCleaner, letters only; properties (comparator, low, high): family name \
                (Levenshtein, 0.15, 0.80), given names (PersonNameComparator, 0.15, 0.80), patronymic (Levenshtein, \
                0.25, 0.65), birth date (Exact, 0.10, 0.90), birth year (Exact, 0.25, 0.55), document number \
                (Exact, 0.20, 0.99); threshold %.2f; %s; %d threads; all records in one batch.""", THRESHOLD,
                store == Store.LUCENE ? "in-memory LuceneDatabase, fuzzy search off, max-search-hits "
                        + MAX_SEARCH_HITS + ", lookup on family name, given names, birth date, document"
                        : "InMemoryBlockingDatabase, keys: document / birth date / 4 letters of family name + birth"
                                + " year / 4 letters of given names + birth date, window 5",
                threads);
    }

    /** Duke alone, for trying a configuration: {@code --count}, {@code --seed}, {@code --store lucene|blocking}. */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int count = Integer.parseInt(options.getOrDefault("count", "10000"));
        PopulationGenerator generator = new PopulationGenerator(Long.parseLong(options.getOrDefault("seed", "42")));
        long[] truth = generator.records(count).mapToLong(GeneratedPerson::truthId).toArray();
        Store store = Store.valueOf(options.getOrDefault("store", "lucene").toUpperCase(Locale.ROOT));
        int threads = Runtime.getRuntime().availableProcessors();
        Outcome o = new DukeComparison(store, threads).run(generator, count, truth);
        System.out.printf(Locale.ROOT, "%s%n%,d records: P %.3f R %.3f F1 %.3f; %,d true pairs, %,d found (%,d false);"
                + " %.1f s (+ %.1f s preparing); %,d comparisons%n", describe(store, threads), count, o.precision(),
                o.recall(), o.f1(), o.truePairs(), o.matchTrue() + o.matchFalse(), o.matchFalse(), o.millis() / 1e3,
                o.prepareMillis() / 1e3, o.comparisons());
    }
}
