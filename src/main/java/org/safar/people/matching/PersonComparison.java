package org.safar.people.matching;

import java.util.List;

/**
 * How likely two records are one person.
 *
 * @param reasons message keys of what agrees and differs, strongest first (e.g. {@code match.reason.sameDocument})
 */
public record PersonComparison(double score, MatchDecision decision, List<String> reasons) {
}
