package org.safar.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Safar measured at scale, each figure beside a baseline run in the same session on the same database, so that
 * the machine's noise cancels: {@code bench/run.sh small|full}. First the registry (load, search against indexed
 * equality, full deduplication with precision and recall) as {@link PeopleBenchmark} measures it; then the
 * protection cases loaded beside them, and the packaged application started on that database: its heap after a full
 * collection while idle, the weight of each public page in the real browser, the import job against {@code COPY}
 * of the same file, the case figures through the API against the same aggregate in raw SQL, and cases opened over
 * HTTP against {@code pgbench} inserting a comparable row. Writes one
 * table to {@code bench/results/<date>-<scale>.md}.
 *
 * <p>Options: {@code --url} (an empty database), {@code --scale} (small|full), {@code --people}, {@code --queries},
 * {@code --duke-count} (records compared with Duke; 200,000 at most by default, as Duke keeps all on the heap),
 * {@code --import-rows}, {@code --cases}, {@code --clients}, {@code --load-seconds}, {@code --jar} (the packaged application), {@code --chromium}, {@code --out}
 * (none to only print), {@code --command}.
 */
public final class Harness {

    private static final long MB = 1024 * 1024;
    private static final long KB = 1024;

    /** Public pages a migrant opens, measured on first load. */
    static final List<String> PUBLIC_PAGES = List.of("/", "/agencies", "/agencies?q=Osiyo", "/vacancies", "/verify",
            "/login");

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String scale = options.getOrDefault("scale", "small");
        boolean full = scale.equals("full");
        String url = options.get("url");
        String user = System.getenv().getOrDefault("SAFAR_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("SAFAR_DB_PASSWORD", "");
        int people = Integer.parseInt(options.getOrDefault("people", full ? "1000000" : "100000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "10000"));
        long importRows = Long.parseLong(options.getOrDefault("import-rows", full ? "100000" : "5000"));
        int cases = Integer.parseInt(options.getOrDefault("cases", full ? "5000000" : "500000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        Duration loadTime = Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-seconds", "30")));
        Path jar = Path.of(options.getOrDefault("jar", "target/safar.jar"));
        Path chromium = Path.of(options.getOrDefault("chromium", "/usr/bin/chromium"));
        Path work = Files.createTempDirectory("safar-bench-");

        int dukeCount = Integer.parseInt(options.getOrDefault("duke-count", Integer.toString(Math.min(people, 200_000))));
        Results registry = PeopleBenchmark.run(url, user, password, people, queries, Duration.ofSeconds(120),
                options.getOrDefault("command", ""), false, false, dukeCount, DukeComparison.Store.LUCENE);
        registry.title = "Safar benchmark (" + scale + ")";
        StringBuilder md = new StringBuilder(registry.markdown());

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            long started = System.nanoTime();
            new CaseLoad(dataSource).load(cases, people, PeopleBenchmark.SEED);
            long caseMillis = (System.nanoTime() - started) / 1_000_000;
            PeopleBenchmark.log("loaded %,d cases in %.1f s", cases, caseMillis / 1000.0);
            md.append(f("| Load (COPY), %,d protection cases | %.1f s | – | – |%n", cases, caseMillis / 1000.0));
        }
        try (HikariDataSource dataSource = new HikariDataSource(config);
                AppProcess app = AppProcess.start(jar, url, user, password, PeopleBenchmark.benchKey(1),
                        PeopleBenchmark.benchKey(2), "1g", work.resolve("app.log"))) {
            long heap = app.heapAfterFullGc();
            PeopleBenchmark.log("application heap after full GC: %d MB", heap / MB);
            md.append(f("| Application heap after full GC, %,d people loaded, idle (-Xmx1g) | %d MB | ≤ 512 MB | %s |%n",
                    people, heap / MB, met(heap <= 512 * MB)));

            for (PageWeight.Weight page : PageWeight.measure(app::uri, PUBLIC_PAGES, chromium)) {
                md.append(f("| Public page `%s`, first load (%d requests) | %.1f KB | ≤ 100 KB | %s |%n",
                        page.path(), page.requests(), page.bytes() / (double) KB, met(page.bytes() <= 100 * KB)));
            }

            StaffSession officer = StaffSession.login(app::uri, AppProcess.ADMIN, app.adminPassword());
            ImportVersusCopy.Outcome imported = new ImportVersusCopy(dataSource).run(officer, importRows,
                    PeopleBenchmark.SEED + 1, work, Duration.ofMinutes(full ? 40 : 15));
            double share = imported.importRowsPerSecond() / imported.copyRowsPerSecond();
            md.append(f("| Import job, %,d-row CSV through the import page (%s: %,d created, %,d duplicates, %,d "
                    + "errors) | %,.0f rows/s | – | – |%n", importRows, imported.status(), imported.created(),
                    imported.duplicates(), imported.errors(), imported.importRowsPerSecond()));
            md.append(f("| `COPY` of the same file into a bare table | %,.0f rows/s | – | – |%n",
                    imported.copyRowsPerSecond()));
            md.append(f("| Import ÷ COPY | %.2f%% | ≥ 30%% | %s |%n", 100 * share, met(share >= 0.30)));

            CaseFigures.Outcome figures = CaseFigures.run(dataSource, app::uri, 5);
            double figuresRatio = figures.appMillis() / figures.sqlMillis();
            md.append(f("| Case figures by type and state over %,d cases, through `GET /api/v1/cases/statistics` "
                    + "(median of %d) | %.0f ms | – | – |%n", cases, figures.runs(), figures.appMillis()));
            md.append(f("| The same aggregate as raw SQL (median of %d) | %.0f ms | – | – |%n", figures.runs(),
                    figures.sqlMillis()));
            md.append(f("| Application ÷ raw SQL | %.2f× | ≤ 2× | %s |%n", figuresRatio, met(figuresRatio <= 2)));

            CaseCreation.Outcome created = new CaseCreation(dataSource, databaseName(url)).run(app::uri, clients,
                    loadTime, people);
            double tpsShare = created.appTps() / created.pgbenchTps();
            md.append(f("| Cases opened over HTTP, %d clients for %d s (%,d created, %,d failed): tps, p50 / p99 | "
                    + "%,.0f tps, %.1f / %.1f ms | – | – |%n", clients, loadTime.toSeconds(), created.created(),
                    created.failed(), created.appTps(), created.appP50(), created.appP99()));
            md.append(f("| `pgbench`, one comparable row per transaction, %d clients: tps, mean latency | "
                    + "%,.0f tps, %.1f ms | – | – |%n", clients, created.pgbenchTps(), created.pgbenchLatency()));
            md.append(f("| HTTP cases ÷ pgbench | %.1f%% | ≥ 40%% | %s |%n", 100 * tpsShare, met(tpsShare >= 0.40)));
        }

        String report = md.toString();
        System.out.println(report);
        if (!options.getOrDefault("out", "none").equals("none")) {
            Path file = Path.of(options.get("out"), LocalDate.now() + "-" + scale + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println("Written to " + file);
        }
    }

    private static String databaseName(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
