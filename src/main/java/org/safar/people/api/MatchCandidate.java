package org.safar.people.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.IdentityResolver;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered person who may be the one a client tried to register, with the reasons for thinking so. */
record MatchCandidate(long id, String reference, String familyName, String givenNames, String patronymic,
        @Schema(description = "The full name in Uzbek Latin letters") String nameLatin,
        LocalDate birthDate, Integer birthYear,
        @Schema(description = "Likelihood of being the same person, from 0 to 1") double score,
        @Schema(description = "match or possible") String decision, List<Reason> reasons) {

    private static final String REASON_KEY = "match.reason.";

    /**
     * Why the records look alike.
     *
     * @param code stable code such as {@code sameBirthYear} or {@code otherScript}
     * @param text the reason in the client's language
     */
    record Reason(String code, String text) {
    }

    static MatchCandidate of(IdentityResolver.Candidate candidate, Function<String, String> translate) {
        var person = candidate.person();
        var comparison = candidate.comparison();
        List<Reason> reasons = comparison.reasons().stream()
                .map(key -> new Reason(key.startsWith(REASON_KEY) ? key.substring(REASON_KEY.length()) : key,
                        translate.apply(key)))
                .toList();
        return new MatchCandidate(person.id(), person.reference(), person.familyName(), person.givenNames(),
                person.patronymic(), ScriptTransliteration.toLatin(person.fullName()), person.birthDate(),
                person.birthYear(), Math.round(comparison.score() * 1000) / 1000.0, comparison.decision().code(),
                reasons);
    }
}
