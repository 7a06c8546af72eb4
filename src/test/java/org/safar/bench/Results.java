package org.safar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The figures of one benchmark run, written as the Markdown kept under {@code bench/results/}. */
final class Results {

    private static final long MB = 1024 * 1024;

    final int count;
    final int queries;
    final String command;
    String title;
    long loadMillis;
    SearchLatency.Outcome search;
    DuplicateFinding.Outcome dedup;
    long heapUsed;
    long heapPeak;
    long heapMax;
    String postgres;

    Results(int count, int queries, String command) {
        this.count = count;
        this.queries = queries;
        this.command = command;
    }

    String markdown() {
        double ratio = search.search().percentile(95) / search.lookup().percentile(95);
        StringBuilder md = new StringBuilder();
        md.append(f("# %s: %,d people%n%n", title == null ? "People registry benchmark" : title, count));
        md.append(f("Command: `%s`%n%n", command));
        md.append(f("Machine: %d cores (%s), %s RAM; %s; %s%n%n", Runtime.getRuntime().availableProcessors(),
                cpu(), ram(), "Java " + System.getProperty("java.version"), postgres));
        md.append("| Measure | Value | Target | Met |\n|---|---|---|---|\n");
        md.append(f("| Load (COPY + index build), %,d people | %.1f s | – | – |%n", count, loadMillis / 1000.0));
        SearchLatency.Timings searched = search.search();
        SearchLatency.Timings looked = search.lookup();
        md.append(f("| Search p50 / p95 / p99 (%,d of %,d queries ran in the time budget; limit %d) | %s | – | – |%n",
                search.searched(), queries, SearchLatency.LIMIT, percentiles(searched)));
        md.append(f("| Equality lookup by id p50 / p95 / p99 (%,d lookups) | %s | – | – |%n",
                looked.micros().length, percentiles(looked)));
        SearchLatency.Timings paged = search.page();
        double pageRatio = searched.percentile(95) / paged.percentile(95);
        md.append(f("| Equality page by family name p50 / p95 / p99 (%,d pages of up to %d people) | %s | – | – |%n",
                paged.micros().length, SearchLatency.LIMIT, percentiles(paged)));
        md.append(f("| Search p95 ÷ lookup-by-id p95 | %.1f× | ≤ 5× | %s |%n", ratio, met(ratio <= 5)));
        md.append(f("| Search p95 ÷ equality-page p95 (like for like) | %.1f× | ≤ 5× | %s |%n", pageRatio,
                met(pageRatio <= 5)));
        md.append(f("| Searched person among the hits | %.1f%% | – | – |%n",
                100.0 * search.found() / search.searched()));
        if (dedup == null) {
            return md.toString();
        }
        double dedupSeconds = dedup.millis() / 1000.0;
        md.append(f("| Full dedup wall time | %.1f s | < 180 s at 1M | %s |%n", dedupSeconds,
                count >= 1_000_000 ? met(dedupSeconds < 180) : "(1M only)"));
        md.append(f("| Candidate pairs compared (largest block) | %,d (%,d) | – | – |%n", dedup.candidatePairs(),
                dedup.largestBlock()));
        md.append(f("| True duplicate pairs | %,d | – | – |%n", dedup.truePairs()));
        md.append(f("| MATCH: precision / recall / F1 | %.3f / %.3f / %.3f | – | – |%n", dedup.precision(false),
                dedup.recall(false), dedup.f1(false)));
        md.append(f("| MATCH+POSSIBLE: precision / recall / F1 | %.3f / %.3f / %.3f | – | – |%n",
                dedup.precision(true), dedup.recall(true), dedup.f1(true)));
        md.append(f("| Heap used after full GC, idle, truth loaded (-Xmx) | %d MB (%d MB) | < 512 MB | %s |%n"
                ,
                heapUsed / MB, heapMax / MB, met(heapUsed < 512 * MB)));
        md.append(f("| Heap pools' peak during the run, garbage included | %d MB | – | – |%n", heapPeak / MB));
        return md.toString();
    }

    private static String percentiles(SearchLatency.Timings timings) {
        return f("%.2f / %.2f / %.2f ms", timings.percentile(50), timings.percentile(95), timings.percentile(99));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String cpu() {
        return line(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^[^:]*:\\s*", "");
    }

    private static String ram() {
        String total = line(Path.of("/proc/meminfo"), "MemTotal").replaceAll("[^0-9]", "");
        return total.isEmpty() ? "?" : f("%.1f GB", Long.parseLong(total) / 1024.0 / 1024.0);
    }

    private static String line(Path file, String prefix) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("?");
        }
        catch (IOException e) {
            return "?";
        }
    }
}
