package org.safar.bench;

import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
 * directory; none to only print), {@code --command} (recorded in the results).
 */
public final class PeopleBenchmark {

    static final long SEED = 42;

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
                Boolean.parseBoolean(options.getOrDefault("search-only", "false"))).markdown();
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
        return run(url, user, password, count, queries, searchBudget, command, false, false);
    }

    /**
     * @param reuse search a registry an earlier run with the same count left loaded instead of loading one
     * @param searchOnly time the search and nothing else (for trying a change to the search)
     */
    static Results run(String url, String user, String password, int count, int queries, Duration searchBudget,
            String command, boolean reuse, boolean searchOnly) throws Exception {
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
            log("deduplicated in %.1f s", results.dedup.millis() / 1000.0);

            results.heapUsed = usedHeapAfterGc();
            results.heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            results.heapMax = Runtime.getRuntime().maxMemory();
            results.postgres = jdbc.sql("select version()").query(String.class).single();
            Reference.reachabilityFence(truth);
            return results;
        }
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
