package org.safar.platform.audit.web;

import java.util.List;

import org.safar.platform.audit.AuditEntry;

/**
 * One page of the trail as the table shows it.
 *
 * @param number the page, counting from 1
 * @param total lines matching the filter on every page
 */
record AuditPage(List<AuditEntry> lines, int number, long total, String previousLink, String nextLink) {

    static final int SIZE = 50;

    static AuditPage empty() {
        return new AuditPage(List.of(), 1, 0, null, null);
    }

    /** Position of the first line shown among all matching lines, counting from 1. */
    public long first() {
        return lines.isEmpty() ? 0 : (long) (number - 1) * SIZE + 1;
    }

    public long last() {
        return lines.isEmpty() ? 0 : first() + lines.size() - 1;
    }
}
