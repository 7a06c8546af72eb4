package org.safar.people.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.safar.people.generator.Places.Place;

/**
 * A real person behind one or more records: the truth. Made from the seed and the person's id alone, so that a
 * duplicate can be entered at any time later without keeping the population in memory.
 *
 * @param script the script of the office that registered the person first
 * @param uzbekPatronymic whether that office wrote the patronymic Uzbek style (Akmal oʻgʻli) or Russian style
 */
record RealPerson(long id, Origin origin, boolean female, String given, String family, String father,
        LocalDate birthDate, boolean onlyYearKnown, String citizenship, Place home, Place birthPlace, String street,
        int house, String currentCountry, String documentType, String documentNumber, String phone,
        WrittenIn script, boolean uzbekPatronymic) {

    private static final List<String> ABROAD = List.of("RU", "RU", "RU", "RU", "RU", "RU", "RU", "RU", "RU", "KZ",
            "KZ", "KZ", "KR", "KR", "TR", "TR", "AE", "GB", "DE", "PL", "PL", "US", "JP");

    static RealPerson of(long seed, long id, Places places) {
        SplittableRandom random = new SplittableRandom(mix(seed) ^ (id * 0x9E3779B97F4A7C15L));
        Origin origin = origin(random.nextDouble());
        boolean female = random.nextDouble() < 0.45;
        String given = pick(random, female ? origin.female : origin.male);
        String family = origin.familyName(pick(random, origin.family), female);
        String father = pick(random, origin.male);
        LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(47 * 365 + 12));
        String citizenship = citizenship(origin, random);
        Place home = places.anyPlace(random);
        Place birthPlace = random.nextDouble() < 0.8 ? home : places.anyPlace(random);
        String currentCountry = random.nextDouble() < 0.65 ? pick(random, ABROAD) : null;
        boolean idCard = "UZ".equals(citizenship) && random.nextDouble() < 0.2;
        double s = random.nextDouble();
        WrittenIn script = s < 0.55 ? WrittenIn.UZBEK_LATIN : s < 0.7 ? WrittenIn.UZBEK_CYRILLIC
                : s < 0.9 ? WrittenIn.RUSSIAN_CYRILLIC : WrittenIn.PASSPORT_LATIN;
        boolean uzbekPatronymic = origin == Origin.UZBEK && random.nextDouble() < 0.5;
        return new RealPerson(id, origin, female, given, family, father, birthDate, random.nextDouble() < 0.02,
                citizenship, home, birthPlace, Streets.any(random), 1 + random.nextInt(120), currentCountry,
                idCard ? "ID_CARD" : "PASSPORT", documentNumber(citizenship, idCard, random),
                phone(currentCountry, random), script, uzbekPatronymic);
    }

    static String phone(String currentCountry, SplittableRandom random) {
        if ("RU".equals(currentCountry) && random.nextDouble() < 0.4) {
            return "+7 9%02d %03d-%02d-%02d".formatted(random.nextInt(100), random.nextInt(1000),
                    random.nextInt(100), random.nextInt(100));
        }
        return "+998 9%c %03d %02d %02d".formatted("01345789".charAt(random.nextInt(8)), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
    }

    private static String documentNumber(String country, boolean idCard, SplittableRandom random) {
        return switch (country) {
            case "UZ" -> (idCard ? pick(random, List.of("AD", "AE")) : pick(random, List.of("AA", "AB", "AC", "FA")))
                    + "%07d".formatted(random.nextInt(10_000_000));
            case "KG" -> "AC%07d".formatted(random.nextInt(10_000_000));
            case "KZ" -> "N%08d".formatted(random.nextInt(100_000_000));
            case "TJ" -> "40%07d".formatted(random.nextInt(10_000_000));
            default -> "%02d%02d%06d".formatted(10 + random.nextInt(90), random.nextInt(100),
                    random.nextInt(1_000_000));
        };
    }

    private static String citizenship(Origin origin, SplittableRandom random) {
        double foreign = random.nextDouble();
        return switch (origin) {
            case UZBEK -> "UZ";
            case TAJIK -> foreign < 0.15 ? "TJ" : "UZ";
            case KYRGYZ -> foreign < 0.2 ? "KG" : "UZ";
            case KAZAKH -> foreign < 0.2 ? "KZ" : "UZ";
            case RUSSIAN -> foreign < 0.05 ? "RU" : "UZ";
        };
    }

    private static Origin origin(double at) {
        double sum = 0;
        for (Origin origin : Origin.values()) {
            sum += origin.share;
            if (at < sum) {
                return origin;
            }
        }
        return Origin.UZBEK;
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
