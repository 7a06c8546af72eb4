package org.safar.bench;

import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.safar.people.generator.GeneratedPerson;
import org.safar.people.generator.PopulationGenerator;
import org.safar.people.registry.RegistryForBenchmarks;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people registry at scale: loads a synthetic population into an empty PostgreSQL database, times the search
 * box against an indexed lookup, finds all duplicate pairs and scores them against the truth, and measures the
 * heap. Run by {@code bench/run-people.sh}, never by {@code ./mvnw verify}. Options: {@code --url} (an empty
 * database), {@code --count}, {@code --queries}, {@code --search-seconds} (time budget of the
 * searches), {@code --scale} (names the results file), {@code --out} (results
 * directory; none to only print), {@code --command} (recorded in the results), {@code --duke true|false} (compare
 * our dedup with Duke's on the same records; default true), {@code --duke-count N} (compare on the first N records
 * only, ours re-run on them in a schema of their own, when Duke would take too long on all), {@code --duke-store
 * lucene|blocking} (Duke's candidate search; see {@link DukeComparison}).
 */
public final class PeopleBenchmark {

    static final long SEED = 42;
    private static final String SUBSET_SCHEMA = "bench_duke_subset";

    private PeopleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String report = run(options.get("url"), System.getenv().getOrDefault("SAFAR_DB_USER", "postgres"),
                System.getenv().getOrDefault("SAFAR_DB_PASSWORD", ""),
                Integer.parseInt(options.getOrDefault("count", "100000")),
                Integer.parseInt(options.getOrDefault("queries", "10000")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("search-seconds", "120"))),
                options.getOrDefault("command", ""), Boolean.parseBoolean(options.getOrDefault("reuse", "false")),
                Boolean.parseBoolean(options.getOrDefault("search-only", "false")),
                Boolean.parseBoolean(options.getOrDefault("duke", "true"))
                        ? Integer.parseInt(options.getOrDefault("duke-count", options.getOrDefault("count", "100000")))
                        : 0,
                DukeComparison.Store.valueOf(options.getOrDefault("duke-store", "lucene").toUpperCase(Locale.ROOT)))
                .markdown();
        System.out.println(report);
        if (options.containsKey("out")) {
            Path file = Path.of(options.get("out"),
                    LocalDate.now() + "-people-" + options.getOrDefault("scale", "small") + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println("Written to " + file);
        }
    }

    static Results run(String url, String user, String password, int count, int queries, Duration searchBudget,
            String command) throws Exception {
        return run(url, user, password, count, queries, searchBudget, command, false, false, count,
                DukeComparison.Store.LUCENE);
    }

    /**
     * @param reuse search a registry an earlier run with the same count left loaded instead of loading one
     * @param searchOnly time the search and nothing else (for trying a change to the search)
     * @param dukeCount compare with Duke on this many first records (0: no comparison)
     */
    static Results run(String url, String user, String password, int count, int queries, Duration searchBudget,
            String command, boolean reuse, boolean searchOnly, int dukeCount, DukeComparison.Store dukeStore)
            throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            SensitiveData sensitive = new SensitiveData(benchKey(1), benchKey(2));
            PopulationGenerator generator = new PopulationGenerator(SEED);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            Results results = new Results(count, queries, command);

            long started = System.nanoTime();
            long[] truth = reuse
                    && jdbc.sql("select count(*) from person").query(Long.class).single() == count
                            ? generator.records(count).mapToLong(GeneratedPerson::truthId).toArray()
                            : new PopulationLoad(dataSource, sensitive).load(generator, count);
            results.loadMillis = (System.nanoTime() - started) / 1_000_000;
            log("loaded %d people in %.1f s", count, results.loadMillis / 1000.0);

            results.search = new SearchLatency(RegistryForBenchmarks.search(jdbc, sensitive),
                    RegistryForBenchmarks.records(jdbc, sensitive),
                    RegistryForBenchmarks.pageByFamily(jdbc, sensitive)).run(generator, truth, queries, searchBudget, SEED);
            log("searched: p95 %.2f ms against %.2f ms", results.search.search().percentile(95),
                    results.search.lookup().percentile(95));

            if (searchOnly) {
                return results;
            }
            results.dedup = new DuplicateFinding(dataSource).run(truth);
            results.dedupLoad = loadAverage();
            log("deduplicated in %.1f s", results.dedup.millis() / 1000.0);

            results.heapUsed = usedHeapAfterGc();
            results.heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            results.heapMax = Runtime.getRuntime().maxMemory();
            results.postgres = jdbc.sql("select version()").query(String.class).single();
            if (dukeCount > 0) {
                compareWithDuke(results, dataSource, sensitive, generator, truth, Math.min(dukeCount, count),
                        dukeStore);
            }
            Reference.reachabilityFence(truth);
            return results;
        }
    }

    /**
     * Duke's dedup of the first {@code records} records against ours on the same records: the full run's when they
     * are all the records, otherwise a run of ours on just them, loaded into a schema of their own (dropped after).
     * Runs after the heap is measured, so Duke's memory is not counted as ours.
     */
    private static void compareWithDuke(Results results, HikariDataSource dataSource, SensitiveData sensitive,
            PopulationGenerator generator, long[] truth, int records, DukeComparison.Store store) throws Exception {
        results.dukeRecords = records;
        if (records == truth.length) {
            results.oursOnDukeRecords = results.dedup;
            results.oursOnDukeRecordsLoad = results.dedupLoad;
        }
        else {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("drop schema if exists " + SUBSET_SCHEMA + " cascade").update();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(dataSource.getJdbcUrl());
            config.setUsername(dataSource.getUsername());
            config.setPassword(dataSource.getPassword());
            config.setMaximumPoolSize(4);
            config.setConnectionInitSql("set search_path to " + SUBSET_SCHEMA + ", public");
            try (HikariDataSource subset = new HikariDataSource(config)) {
                Flyway.configure().dataSource(subset).schemas(SUBSET_SCHEMA).defaultSchema(SUBSET_SCHEMA)
                        .locations("classpath:db/migration").load().migrate();
                long[] subsetTruth = new PopulationLoad(subset, sensitive).load(generator, records);
                results.oursOnDukeRecords = new DuplicateFinding(subset).run(subsetTruth);
                results.oursOnDukeRecordsLoad = loadAverage();
            }
            finally {
                jdbc.sql("drop schema if exists " + SUBSET_SCHEMA + " cascade").update();
            }
        }
        log("ours on the first %d records: %.1f s", records, results.oursOnDukeRecords.millis() / 1000.0);
        int threads = Runtime.getRuntime().availableProcessors();
        results.duke = new DukeComparison(store, threads).run(generator, records, truth);
        results.dukeLoad = loadAverage();
        results.dukeConfiguration = DukeComparison.describe(store, threads);
        log("Duke on the first %d records: %.1f s (+ %.1f s making its records)", records,
                results.duke.millis() / 1000.0, results.duke.prepareMillis() / 1000.0);
    }

    /** The machine's 1-minute load average (other work on the cores makes timings noisy); NaN where unknown. */
    static double loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Double.NaN : load;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Fixed keys for synthetic data, so that a registry left loaded can be searched again ({@code --reuse}). */
    static byte[] benchKey(int which) {
        byte[] key = new byte[32];
        new SplittableRandom(SEED * 31 + which).nextBytes(key);
        return key;
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
