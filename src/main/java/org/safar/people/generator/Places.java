package org.safar.people.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where generated persons live: the districts of each region, read from the migration that creates them so that
 * the generator needs no database and cannot drift from the reference data, and regions weighted by population.
 */
final class Places {

    private static final String DISTRICTS = "/db/migration/V8__platform_districts.sql";
    private static final Pattern ROW = Pattern.compile(
            "\\('(UZ-[A-Z]{2}-\\d{2})', '(UZ-[A-Z]{2})', '([^']+)', '([^']+)', '([^']+)', '([^']+)', \\d+\\)");
    /** Approximate populations in hundred thousands, 2024. */
    private static final Map<String, Integer> POPULATION = Map.ofEntries(Map.entry("UZ-QR", 20),
            Map.entry("UZ-AN", 34), Map.entry("UZ-BU", 20), Map.entry("UZ-JI", 15), Map.entry("UZ-QA", 36),
            Map.entry("UZ-NW", 11), Map.entry("UZ-NG", 30), Map.entry("UZ-SA", 42), Map.entry("UZ-SU", 28),
            Map.entry("UZ-SI", 9), Map.entry("UZ-TO", 30), Map.entry("UZ-FA", 40), Map.entry("UZ-XO", 19),
            Map.entry("UZ-TK", 30));

    /** A district's names: Uzbek Latin, Uzbek Cyrillic, Russian. */
    record Place(String region, String latin, String cyrillic, String russian) {

        String name(WrittenIn script) {
            return switch (script) {
                case UZBEK_LATIN, PASSPORT_LATIN -> latin;
                case UZBEK_CYRILLIC -> cyrillic;
                case RUSSIAN_CYRILLIC -> russian;
            };
        }
    }

    private final List<String> regionTickets = new ArrayList<>();
    private final Map<String, List<Place>> districts = new LinkedHashMap<>();

    Places() {
        try (InputStream in = Places.class.getResourceAsStream(DISTRICTS)) {
            if (in == null) {
                throw new IllegalStateException(DISTRICTS + " is not on the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(line -> {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    districts.computeIfAbsent(row.group(2), r -> new ArrayList<>())
                            .add(new Place(row.group(2), row.group(3), row.group(4), row.group(5)));
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        districts.keySet().forEach(region -> {
            for (int i = 0; i < POPULATION.getOrDefault(region, 10); i++) {
                regionTickets.add(region);
            }
        });
    }

    Place anyPlace(SplittableRandom random) {
        List<Place> inRegion = districts.get(regionTickets.get(random.nextInt(regionTickets.size())));
        return inRegion.get(random.nextInt(inRegion.size()));
    }
}
