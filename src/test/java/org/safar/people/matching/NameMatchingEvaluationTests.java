package org.safar.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Matching quality on Safar's labelled set of name pairs ({@code matching/name-pairs.tsv}): cross-script,
 * passport spellings, order swaps, missing patronymics, typos, OCR confusions and hard non-matches. A pair counts
 * as found when the decision is {@code match}.
 */
class NameMatchingEvaluationTests {

    record Pair(String a, String b, boolean same, String kind) {
    }

    @Test
    void matchingReachesAnF1OfAtLeast95PercentOnTheLabelledPairs() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
        NameComparator comparator = new NameComparator();
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        List<String> mistakes = new ArrayList<>();
        for (Pair pair : pairs) {
            NameComparison result = comparator.compare(pair.a(), pair.b());
            boolean found = result.decision() == MatchDecision.MATCH;
            if (found && pair.same()) {
                truePositive++;
            }
            else if (found) {
                falsePositive++;
                mistakes.add("false match    " + describe(pair, result));
            }
            else if (pair.same()) {
                falseNegative++;
                mistakes.add("missed match   " + describe(pair, result));
            }
        }
        double precision = truePositive / (double) (truePositive + falsePositive);
        double recall = truePositive / (double) (truePositive + falseNegative);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "Name matching on %d pairs: precision %.3f, recall %.3f, F1 %.3f%n",
                pairs.size(), precision, recall, f1);
        mistakes.forEach(System.out::println);
        assertThat(f1).as("F1").isGreaterThanOrEqualTo(0.95);
    }

    private static String describe(Pair pair, NameComparison result) {
        return String.format(Locale.ROOT, "%.3f %-9s %s | %s  (%s)", result.score(), result.decision().code(),
                pair.a(), pair.b(), pair.kind());
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                NameMatchingEvaluationTests.class.getResourceAsStream("/matching/name-pairs.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                pairs.add(new Pair(columns[0], columns[1], "match".equals(columns[2]), columns[3]));
            }
        }
        return pairs;
    }
}
