package org.safar.people.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two people: the name comparison, then what outweighs a name. The same identity document makes a match
 * even through a misspelt name; different birth years make alike names two people; an equal birth date makes a
 * close name closer.
 */
public final class PersonMatcher {

    /** The highest score two records reach on their names (and birth year) alone: a possible match. */
    static final double NAME_ONLY_CEILING = 0.9;

    /** How much less a name-only likeness counts when the family name is a common one. */
    static final double COMMON_FAMILY_NAME_DISCOUNT = 0.04;

    private final NameComparator names = new NameComparator();

    public PersonComparison compare(PersonFacts a, PersonFacts b) {
        return compare(a, b, false);
    }

    /**
     * As {@link #compare(PersonFacts, PersonFacts)}, knowing whether the family name is a common one (Karimov,
     * Rahimov): sharing it is weaker evidence, so a name-only likeness needs more to reach a match.
     */
    public PersonComparison compare(PersonFacts a, PersonFacts b, boolean commonFamilyName) {
        NameComparison name = names.compare(a.name(), b.name());
        List<String> reasons = new ArrayList<>();
        double score = name.score();
        boolean sameDocument = a.documentHashes().stream().anyMatch(b.documentHashes()::contains);
        if (sameDocument) {
            reasons.add("match.reason.sameDocument");
            score = name.score() >= 0.6 ? Math.max(score, 0.97) : Math.max(score, NameComparator.POSSIBLE);
        }
        if (a.birthDate() != null && b.birthDate() != null && a.birthDate().equals(b.birthDate())) {
            reasons.add("match.reason.sameBirthDate");
            score = Math.min(1.0, score + 0.04);
        }
        else if (a.birthYear() != null && b.birthYear() != null) {
            int apart = Math.abs(a.birthYear() - b.birthYear());
            if (apart == 0) {
                reasons.add("match.reason.sameBirthYear");
                score = Math.min(1.0, score + 0.02);
            }
            else if (!sameDocument) {
                reasons.add("match.reason.birthYearDiffers");
                score = apart == 1 ? score - 0.06 : Math.min(score, 0.6);
            }
        }
        reasons.add(name.reason());
        boolean otherEvidence = reasons.contains("match.reason.sameDocument")
                || reasons.contains("match.reason.sameBirthDate");
        if (commonFamilyName && !otherEvidence) {
            score -= COMMON_FAMILY_NAME_DISCOUNT;
            reasons.add("match.reason.commonFamilyName");
        }
        if (!otherEvidence && score >= NameComparator.MATCH) {
            // namesakes are common: a name and at most a birth year make a possible match, never a certain one
            score = NAME_ONLY_CEILING;
            reasons.add("match.reason.nameOnly");
        }
        double rounded = Math.round(Math.max(0, score) * 1000) / 1000.0;
        MatchDecision decision = rounded >= NameComparator.MATCH ? MatchDecision.MATCH
                : rounded >= NameComparator.POSSIBLE ? MatchDecision.POSSIBLE : MatchDecision.NONMATCH;
        return new PersonComparison(rounded, decision, List.copyOf(reasons));
    }
}
