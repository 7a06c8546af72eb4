package org.safar.protection.attachments;

import java.time.Instant;

/** A file attached to a case: its name as uploaded (cleaned), what it is, who added it and when. */
public record CaseAttachment(long id, long caseId, long fileId, String fileName, String description, FileKind kind,
        long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
