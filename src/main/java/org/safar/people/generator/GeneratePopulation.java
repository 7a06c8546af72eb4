package org.safar.people.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a synthetic population to files: {@code people.csv} in the import template and {@code truth.csv}
 * beside it. No Spring and no dependency beyond the JDK, so after {@code ./mvnw compile}:
 *
 * <pre>
 * java -cp target/classes org.safar.people.generator.GeneratePopulation --count 1000000 --seed 42 --out /tmp/pop
 * </pre>
 *
 * Options: {@code --count} (default 10000), {@code --seed} (default 1), {@code --duplicates} share of repeated
 * entries (default 0.10), {@code --out} directory (default the current one).
 */
public final class GeneratePopulation {

    private GeneratePopulation() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long count = Long.parseLong(options.getOrDefault("count", "10000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        double duplicates = Double.parseDouble(options.getOrDefault("duplicates", "0.10"));
        Path out = Path.of(options.getOrDefault("out", "."));
        Files.createDirectories(out);
        long started = System.nanoTime();
        long rows;
        try (Writer people = writer(out.resolve("people.csv")); Writer truth = writer(out.resolve("truth.csv"))) {
            rows = PopulationCsv.write(new PopulationGenerator(seed, duplicates).records(count), people, truth);
        }
        System.out.printf("%d records (seed %d, %.0f%% repeated entries) written to %s in %.1f s%n", rows, seed,
                duplicates * 100, out.toAbsolutePath(), (System.nanoTime() - started) / 1e9);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
