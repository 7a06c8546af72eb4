package org.safar.people.generator;

import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic population of Uzbekistan's migrants as registers hold it: mostly Uzbek names, and Tajik, Kyrgyz,
 * Kazakh and Russian ones, written in the script of the office that entered them, and a share of records that
 * enter an earlier person again with the noise of real counters ({@link Noise}). The same seed gives the same
 * records. Memory stays constant however many records are streamed: a real person is remade from the seed and
 * their id whenever they are entered again.
 */
public final class PopulationGenerator {

    /** How often each noise touches a repeated entry; several may touch one, none may. */
    private static final double[] NOISE_RATES = new double[Noise.values().length];

    static {
        rate(Noise.OTHER_SCRIPT, 0.35);
        rate(Noise.PASSPORT_SPELLING, 0.15);
        rate(Noise.NO_PATRONYMIC, 0.25);
        rate(Noise.PATRONYMIC_STYLE, 0.15);
        rate(Noise.SWAPPED_NAMES, 0.08);
        rate(Noise.TYPO, 0.15);
        rate(Noise.OCR_CONFUSION, 0.06);
        rate(Noise.BIRTH_YEAR_OFF, 0.03);
        rate(Noise.NO_DOCUMENT, 0.20);
        rate(Noise.NEW_PHONE, 0.30);
    }

    private static final Places PLACES = new Places();

    private final long seed;
    private final double duplicateShare;

    /** A generator whose records are 10% repeated entries. */
    public PopulationGenerator(long seed) {
        this(seed, 0.10);
    }

    /** @param duplicateShare the share of records that enter an earlier person again, in [0, 1) */
    public PopulationGenerator(long seed, double duplicateShare) {
        if (duplicateShare < 0 || duplicateShare >= 1) {
            throw new IllegalArgumentException("duplicate share must be in [0, 1): " + duplicateShare);
        }
        this.seed = seed;
        this.duplicateShare = duplicateShare;
    }

    /** The first {@code count} records, made as they are read. */
    public Stream<GeneratedPerson> records(long count) {
        Iterator<GeneratedPerson> records = new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long made;
            private long people;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public GeneratedPerson next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                if (people == 0 || random.nextDouble() >= duplicateShare) {
                    return Counter.enter(person(people++), made, false, EnumSet.noneOf(Noise.class), random);
                }
                return Counter.enter(person(random.nextLong(people)), made, true, noise(random), random);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(records, count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** The real person with this truth id, as first entered. */
    RealPerson person(long truthId) {
        return RealPerson.of(seed, truthId, PLACES);
    }

    private static EnumSet<Noise> noise(SplittableRandom random) {
        EnumSet<Noise> noise = EnumSet.noneOf(Noise.class);
        for (Noise kind : Noise.values()) {
            if (random.nextDouble() < NOISE_RATES[kind.ordinal()]) {
                noise.add(kind);
            }
        }
        return noise;
    }

    private static void rate(Noise noise, double rate) {
        NOISE_RATES[noise.ordinal()] = rate;
    }
}
