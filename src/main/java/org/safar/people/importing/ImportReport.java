package org.safar.people.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an import did, row by row: the rows refused with their reasons, the people created, those created and queued
 * as suspected duplicates of someone already registered, and how many rows had been imported before. Lists are
 * cut at {@link ImportReports#LIMIT} lines; the counts on the job are complete.
 */
public record ImportReport(List<Refusal> refusals, List<Created> created, List<Duplicate> duplicates,
        long skipped) {

    /** One reason a row was refused: row number, column header, message key and its argument. */
    public record Refusal(int row, String column, String messageKey, String argument) {
    }

    /** A person created from a row. */
    public record Created(int row, long personId, String reference) {
    }

    /** A person created from a row and queued for review with the existing person it resembles. */
    public record Duplicate(int row, long personId, String reference, long existingId, String existingReference,
            BigDecimal score, List<String> reasons) {
    }
}
