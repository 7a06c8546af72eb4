package org.safar.people.matching;

/** What a comparison concludes: the same person, worth a reviewer's look, or different people. */
public enum MatchDecision {
    MATCH, POSSIBLE, NONMATCH;

    /** The decision as the command line writes it: {@code match}, {@code possible}, {@code nonmatch}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
