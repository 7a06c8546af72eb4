package org.safar.platform.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The filtered reads behind the audit pages. */
final class AuditQueries {

    private AuditQueries() {
    }

    static List<AuditEntry> search(JdbcClient jdbc, AuditFilter filter, ZoneId zone, int offset, int limit) {
        Where where = where(filter, zone);
        return jdbc.sql("""
                select seq, occurred_at, actor, address, action, entity_type, entity_id, summary, prev_hash, hash
                from audit_event""" + where.sql + " order by seq desc limit ? offset ?")
                .params(where.params).param(limit).param(offset)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    static long count(JdbcClient jdbc, AuditFilter filter, ZoneId zone) {
        Where where = where(filter, zone);
        return jdbc.sql("select count(*) from audit_event" + where.sql).params(where.params).query(Long.class)
                .single();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(AuditFilter filter, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (hasText(filter.actor())) {
            conditions.add("actor = ?");
            params.add(filter.actor().trim());
        }
        if (hasText(filter.action())) {
            conditions.add("action = ?");
            params.add(filter.action().trim());
        }
        if (hasText(filter.entityType())) {
            conditions.add("entity_type = ?");
            params.add(filter.entityType().trim());
        }
        if (hasText(filter.entityId())) {
            conditions.add("entity_id = ?");
            params.add(filter.entityId().trim());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Where(sql, params);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
