package org.safar.protection.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.safar.platform.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded PDFs and images in PostgreSQL, in the same transaction as the record they belong to: no file can
 * outlive its record or go missing from it, every node of a cluster sees every file, and one backup holds both
 * (see docs/adr/0008-partners-referrals-and-attachments.md). The content is checked before anything is written:
 * not empty, not larger than {@code safar.protection.attachments.max-size}, and a PDF, JPEG or PNG by its bytes.
 */
@Service
public class FileStorage {

    private final JdbcClient jdbc;
    private final DataSize maxSize;

    FileStorage(JdbcClient jdbc, @Value("${safar.protection.attachments.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Checks and stores {@code content}; refuses, with a translated reason, an empty, too large or other file. */
    public StoredFile store(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("attachment.file.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new DomainException(413, "attachment.file.tooLarge", maxSize.toMegabytes());
        }
        FileKind kind = FileKind.of(content).orElseThrow(() -> new DomainException(415, "attachment.file.type"));
        String sha256 = sha256(content);
        long id = jdbc.sql("""
                insert into stored_file (media_type, size_bytes, sha256, content) values (?, ?, ?, ?) returning id""")
                .params(kind.mediaType(), content.length, sha256, content).query(Long.class).single();
        return new StoredFile(id, kind, content.length, sha256);
    }

    /** The file's bytes, as stored. */
    public byte[] content(long id) {
        return jdbc.sql("select content from stored_file where id = ?").param(id).query(byte[].class).optional()
                .orElseThrow(DomainException::notFound);
    }

    public void delete(long id) {
        jdbc.sql("delete from stored_file where id = ?").param(id).update();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
