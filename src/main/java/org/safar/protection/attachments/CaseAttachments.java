package org.safar.protection.attachments;

import java.util.List;
import java.util.Optional;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a case. Access follows the case: whoever may read the case lists and downloads its files,
 * whoever may change it adds and deletes them; every upload, download and deletion is in the audit trail.
 */
@Service
public class CaseAttachments {

    private static final String ENTITY = "ProtectionCase";

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final CaseAccess access;
    private final AuditTrail audit;

    CaseAttachments(JdbcClient jdbc, FileStorage storage, CaseAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.access = access;
        this.audit = audit;
    }

    /** A file to be read, with its name and kind. */
    public record Download(String fileName, FileKind kind, byte[] content) {
    }

    @Transactional
    public CaseAttachment attach(long caseId, String originalName, byte[] content, String description) {
        ProtectionCase shown = access.write(caseId);
        StoredFile file = storage.store(content);
        String name = SafeDownload.cleanName(originalName, file.kind());
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > 500) {
            throw new DomainException("attachment.description.tooLong");
        }
        long id = jdbc.sql("""
                insert into case_attachment (case_id, file_id, file_name, description, uploaded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, file.id(), name, text, CaseAccess.currentUser().id()).query(Long.class).single();
        audit.record("ATTACHMENT_ADDED", ENTITY, shown.reference(), name + " (" + file.kind() + ", " + file.size()
                + " bytes, sha256 " + file.sha256() + ")");
        return byId(id).orElseThrow();
    }

    public List<CaseAttachment> ofCase(long caseId) {
        access.read(caseId);
        return listOf(caseId);
    }

    /** For the case page, which has already let the reader in (a second check would audit the read twice). */
    List<CaseAttachment> listOf(long caseId) {
        return jdbc.sql(SELECT + " where a.case_id = ? order by a.uploaded_at desc, a.id desc").param(caseId)
                .query(CaseAttachments::map).list();
    }

    @Transactional
    public Download download(long id) {
        CaseAttachment attachment = byId(id).orElseThrow(DomainException::notFound);
        ProtectionCase shown = access.read(attachment.caseId());
        audit.record("ATTACHMENT_DOWNLOADED", ENTITY, shown.reference(), attachment.fileName());
        return new Download(attachment.fileName(), attachment.kind(), storage.content(attachment.fileId()));
    }

    @Transactional
    public CaseAttachment delete(long id) {
        CaseAttachment attachment = byId(id).orElseThrow(DomainException::notFound);
        ProtectionCase shown = access.write(attachment.caseId());
        jdbc.sql("delete from case_attachment where id = ?").param(id).update();
        storage.delete(attachment.fileId());
        audit.record("ATTACHMENT_DELETED", ENTITY, shown.reference(), attachment.fileName() + " (sha256 "
                + attachment.sha256() + ")");
        return attachment;
    }

    Optional<CaseAttachment> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(CaseAttachments::map).optional();
    }

    private static final String SELECT = """
            select a.id, a.case_id, a.file_id, a.file_name, a.description, f.media_type, f.size_bytes, f.sha256,
                   u.full_name, a.uploaded_at
              from case_attachment a join stored_file f on f.id = a.file_id join app_user u on u.id = a.uploaded_by""";

    private static CaseAttachment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CaseAttachment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                FileKind.ofMediaType(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
