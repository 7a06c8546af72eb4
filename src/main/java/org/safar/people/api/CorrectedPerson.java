package org.safar.people.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a correction: the person as now recorded and the people the corrected record now looks like, whose
 * pairs with it wait in the duplicate review queue.
 */
record CorrectedPerson(@JsonUnwrapped PersonDetails person,
        @Schema(description = "Ids of the people this record may be a duplicate of, best match first, queued for "
                + "review because names or birth were corrected; empty when none, or when neither changed")
        List<Long> possibleDuplicates) {
}
