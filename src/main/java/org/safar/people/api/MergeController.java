package org.safar.people.api;

import java.util.EnumMap;
import java.util.Map;

import org.safar.people.PersonId;
import org.safar.people.registry.DuplicateReview;
import org.safar.people.registry.MergeField;
import org.safar.platform.DomainException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Merging two records of one person through the API, as a reviewer does on the duplicates page. Only a pair the
 * registry has proposed (and nobody has decided yet) can be merged, so every merge passes the same review queue
 * and leaves the same audit trail.
 */
@RestController
@Tag(name = "People")
class MergeController {

    private final DuplicateReview review;

    MergeController(DuplicateReview review) {
        this.review = review;
    }

    /**
     * What to merge.
     *
     * @param into the record that remains
     * @param keep per field, the id of the record whose value the remaining record keeps (its own by default)
     */
    record MergeRequest(long into, Map<MergeField, Long> keep) {
    }

    @PostMapping("/api/v1/people/{id}/merge")
    @Operation(summary = "Merge this person's record into another record of the same person",
            description = "The two records must form an open pair in the duplicate review queue. The record {id} "
                    + "then redirects to 'into', which takes over its documents, contacts and names (as aliases). "
                    + "Reviewers (ADMIN, SUPERVISOR) only.")
    @ApiResponse(responseCode = "200", description = "Merged; the remaining record is returned")
    @ApiResponse(responseCode = "404", description = "No open duplicate pair of these two records",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The pair was decided already",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    Merged merge(@PathVariable long id, @RequestBody MergeRequest request) {
        DuplicateReview.Pair pair = review.openPairOf(id, request.into())
                .orElseThrow(() -> new DomainException(404, "peopleapi.merge.noPair"));
        Map<MergeField, PersonId> choices = new EnumMap<>(MergeField.class);
        if (request.keep() != null) {
            request.keep().forEach((field, person) -> choices.put(field, PersonId.of(person)));
        }
        review.merge(pair.id(), PersonId.of(request.into()), choices);
        return new Merged(request.into(), id);
    }

    /** The outcome: {@code merged} now redirects to {@code survivor}. */
    record Merged(long survivor, long merged) {
    }
}
