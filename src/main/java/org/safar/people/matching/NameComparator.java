package org.safar.people.matching;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two names written in any script and spelling. Each part is compared with Jaro-Winkler after folding;
 * parts are aligned by role (family, given, patronymic) when their endings show the role, and in both orders
 * when they do not. Two rules override the average: a given name and family name that trade places
 * (Rustam Karimov / Karim Rustamov) are different people, and so are two different patronymics. Two different
 * names that {@link KnownNames} knows (Shahzod/Shahboz, Joʻrayev/Jumayev by their roots) never score as a match,
 * and two spellings of one known name (Oybek/Aybek) score as the same.
 */
public final class NameComparator {

    /** At or above: the same name. */
    public static final double MATCH = 0.92;
    /** At or above (and below {@link #MATCH}): a reviewer should look. */
    public static final double POSSIBLE = 0.80;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    public NameComparison compare(String lineA, String lineB) {
        return compare(PersonName.parse(lineA), PersonName.parse(lineB));
    }

    public NameComparison compare(PersonName a, PersonName b) {
        if (a.allWords().isEmpty() || b.allWords().isEmpty()) {
            return new NameComparison(0, MatchDecision.NONMATCH, "match.reason.empty");
        }
        if (a.ordered() && b.ordered() && swapped(a, b)) {
            return decide(Math.min(0.5, aligned(a, b)), "match.reason.swapped");
        }
        double score = a.ordered() && b.ordered() ? aligned(a, b) : Math.max(aligned(a, b), aligned(a, flip(b)));
        String reason = "match.reason.name";
        if (!a.patronymic().isEmpty() && !b.patronymic().isEmpty()) {
            double father = similarity(a.patronymic(), b.patronymic());
            if (father < 0.85) {
                return decide(Math.min(score, 0.6), "match.reason.patronymic");
            }
            score = 0.85 * score + 0.15 * father;
        }
        if (score >= POSSIBLE && PhoneticKey.of(a).equals(PhoneticKey.of(b))) {
            score = Math.min(1.0, score + 0.02);
            reason = "match.reason.sound";
        }
        return decide(score, reason);
    }

    private static NameComparison decide(double score, String reason) {
        double rounded = Math.round(score * 1000) / 1000.0;
        MatchDecision decision = rounded >= MATCH ? MatchDecision.MATCH
                : rounded >= POSSIBLE ? MatchDecision.POSSIBLE : MatchDecision.NONMATCH;
        return new NameComparison(rounded, decision, reason);
    }

    /** Family with family, given with given; a missing part counts neither for nor against. */
    private static double aligned(PersonName a, PersonName b) {
        double given = givenSimilarity(a.given(), b.given());
        if (a.family().isEmpty() || b.family().isEmpty()) {
            return given * 0.95;
        }
        double family = familySimilarity(a.family(), b.family());
        if (a.given().isEmpty() || b.given().isEmpty()) {
            return family * 0.9;
        }
        return Math.min(family, given) * 0.4 + (family + given) / 2 * 0.6;
    }

    /** The same people's names read the other way round, for a line whose order is not known. */
    private static PersonName flip(PersonName name) {
        if (name.given().isEmpty() || name.family().isEmpty()) {
            return name;
        }
        List<String> given = new java.util.ArrayList<>(name.given());
        String newFamily = given.remove(0);
        given.add(0, name.family());
        return new PersonName(newFamily, List.copyOf(given), name.patronymic(), false);
    }

    /** Rustam Karimov and Karim Rustamov: each one's given name is the other's family name. */
    private static boolean swapped(PersonName a, PersonName b) {
        if (a.family().isEmpty() || b.family().isEmpty() || a.given().isEmpty() || b.given().isEmpty()) {
            return false;
        }
        boolean crossed = similarity(root(a.family()), b.firstGiven()) >= 0.92
                && similarity(root(b.family()), a.firstGiven()) >= 0.92;
        return crossed && similarity(a.family(), b.family()) < 0.9;
    }

    private static double givenSimilarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double first = similarity(a.get(0), b.get(0));
        if (KnownNames.differentNames(a.get(0), b.get(0))) {
            return first;
        }
        double joined = similarity(String.join("", a), String.join("", b));
        return Math.max(first, joined);
    }

    private static double familySimilarity(String a, String b) {
        double similarity = Math.max(similarity(a, b), similarity(root(a), root(b)) - 0.02);
        return KnownNames.differentNames(root(a), root(b)) ? Math.min(similarity, KnownNames.DIFFERENT_NAME)
                : similarity;
    }

    /** karimov → karim, rahmonzoda → rahmon: the given name a family name was made from. */
    static String root(String family) {
        for (String ending : List.of("bekov", "ov", "ev", "zoda", "zada", "zade", "in", "uly")) {
            if (family.endsWith(ending) && family.length() > ending.length() + 2) {
                return family.substring(0, family.length() - ending.length());
            }
        }
        return family;
    }

    /**
     * Jaro-Winkler of two folded words, lowered when they start differently: clerks and scanners rarely get the
     * first letter wrong (but for k/g, which {@link PhoneticKey} merges), while rhymes such as Ali/Vali are
     * different names. Known names count before letters: one name in two spellings is the same, two names are
     * at most {@link KnownNames#DIFFERENT_NAME}.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (KnownNames.sameName(a, b)) {
            return 1.0;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        boolean sameStart = PhoneticKey.word(a).charAt(0) == PhoneticKey.word(b).charAt(0);
        similarity = sameStart ? similarity : similarity * 0.93;
        return KnownNames.differentNames(a, b) ? Math.min(similarity, KnownNames.DIFFERENT_NAME) : similarity;
    }
}
