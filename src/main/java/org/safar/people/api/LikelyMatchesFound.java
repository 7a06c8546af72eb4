package org.safar.people.api;

import java.util.List;

import org.safar.people.registry.IdentityResolver;

/** A registration was held back because people who may be the same are already registered. */
class LikelyMatchesFound extends RuntimeException {

    private final transient List<IdentityResolver.Candidate> candidates;

    LikelyMatchesFound(List<IdentityResolver.Candidate> candidates) {
        super("likely matches found", null, false, false);
        this.candidates = List.copyOf(candidates);
    }

    List<IdentityResolver.Candidate> candidates() {
        return candidates;
    }
}
