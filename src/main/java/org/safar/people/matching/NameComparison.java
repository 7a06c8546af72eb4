package org.safar.people.matching;

/**
 * How alike two names are.
 *
 * @param score similarity in [0, 1]
 * @param decision what the score means
 * @param reason message key of the strongest reason (e.g. {@code match.reason.swapped})
 */
public record NameComparison(double score, MatchDecision decision, String reason) {
}
