package org.safar.protection.cases;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notes on a case, newest first; confidential ones only for readers who may see them. */
@Repository
public class CaseNotes {

    /** A note as written. */
    public record Note(long id, String body, boolean confidential, String author, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CaseNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Note> of(long caseId, boolean withConfidential) {
        return jdbc.sql("""
                select id, body, confidential, author, created_at from protection_case_note
                where case_id = ? and (? or not confidential) order by created_at desc, id desc""")
                .params(caseId, withConfidential)
                .query((rs, n) -> new Note(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** How many confidential notes the reader does not see, so the page can say that there are some. */
    public int hiddenCount(long caseId) {
        return jdbc.sql("select count(*) from protection_case_note where case_id = ? and confidential")
                .param(caseId).query(Integer.class).single();
    }

    long add(long caseId, String body, boolean confidential, Long authorId, String author) {
        return jdbc.sql("""
                insert into protection_case_note (case_id, body, confidential, author_id, author)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, body, confidential, authorId, author).query(Long.class).single();
    }
}
