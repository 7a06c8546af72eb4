package org.safar.protection.attachments;

/** A file as kept: its id, the kind found in its content, its size and SHA-256 (hex) to prove it unchanged. */
public record StoredFile(long id, FileKind kind, long size, String sha256) {
}
