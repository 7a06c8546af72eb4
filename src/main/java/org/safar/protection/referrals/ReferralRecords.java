package org.safar.protection.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safar.people.PersonId;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referrals table and the services delivered under them; the rules are in {@link Referrals}. */
@Repository
class ReferralRecords {

    private static final String COLUMNS = """
            r.id, r.reference, r.case_id, r.person_id, r.provider_id, r.service_type, r.note, r.urgent, r.status,
            r.sent_by, r.sent_at, r.answered_at, r.decline_reason, r.completed_at, r.completion_note, r.cancelled_by,
            r.cancelled_at, r.cancel_reason""";

    private final JdbcClient jdbc;

    ReferralRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, PersonId person, long providerId, ServiceType type, String note, boolean urgent,
            long sentBy) {
        return jdbc.sql("""
                insert into referral (case_id, person_id, provider_id, service_type, note, urgent, sent_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, person.value(), providerId, type.name(), note, urgent, sentBy)
                .query(Long.class).single();
    }

    /** Gives the new referral its reference, REF-year-number, by the year it was sent in Safar's zone. */
    String number(long id, int year) {
        String reference = "REF-%d-%06d".formatted(year, id);
        jdbc.sql("update referral set reference = ? where id = ?").params(reference, id).update();
        return reference;
    }

    Optional<Referral> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from referral r where r.id = ?").param(id)
                .query(ReferralRecords::map).optional();
    }

    List<Referral> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from referral r where r.case_id = ? order by r.sent_at desc, r.id desc")
                .param(caseId).query(ReferralRecords::map).list();
    }

    /** A provider's referrals, open ones first, or only those in {@code status}. */
    List<Referral> ofProvider(long providerId, ReferralStatus status) {
        return jdbc.sql("select " + COLUMNS + """
                 from referral r where r.provider_id = :provider
                  and (cast(:status as text) is null or r.status = :status)
                order by case r.status when 'SENT' then 0 when 'ACCEPTED' then 1 else 2 end, r.urgent desc,
                         r.sent_at desc limit 200""")
                .param("provider", providerId).param("status", status == null ? null : status.name())
                .query(ReferralRecords::map).list();
    }

    /** Referrals of cases within {@code scope}, newest first, or only those in {@code status}. */
    List<Referral> inScope(CaseScope scope, ReferralStatus status) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from referral r join protection_case c on c.id = r.case_id"
                + " where " + CaseScope.CONDITION + """
                  and (cast(:status as text) is null or r.status = :status)
                order by r.sent_at desc limit 200"""))
                .param("status", status == null ? null : status.name())
                .query(ReferralRecords::map).list();
    }

    /** Open referrals that {@code userId} sent or whose case they work on, oldest first: their waiting list. */
    List<Referral> waitingFor(long userId) {
        return jdbc.sql("select " + COLUMNS + """
                 from referral r join protection_case c on c.id = r.case_id
                where r.status in ('SENT', 'ACCEPTED')
                  and (r.sent_by = :user or c.assigned_worker_id = :user)
                order by r.sent_at limit 50""").param("user", userId).query(ReferralRecords::map).list();
    }

    /** Moves the referral from {@code from} to {@code to}; false when someone else moved it first. */
    boolean move(long id, ReferralStatus from, ReferralStatus to, long by, String declineReason,
            String completionNote) {
        return jdbc.sql("""
                update referral set status = :to,
                       answered_by = case when :to in ('ACCEPTED', 'DECLINED') then :by else answered_by end,
                       answered_at = case when :to in ('ACCEPTED', 'DECLINED') then now() else answered_at end,
                       decline_reason = coalesce(:reason, decline_reason),
                       completed_at = case when :to = 'COMPLETED' then now() else completed_at end,
                       completion_note = coalesce(:note, completion_note)
                 where id = :id and status = :from""")
                .param("to", to.name()).param("by", by).param("reason", declineReason).param("note", completionNote)
                .param("id", id).param("from", from.name()).update() == 1;
    }

    /** Cancels the referral if it is still in {@code from}; false when someone moved it first. */
    boolean cancel(long id, ReferralStatus from, long by, String reason) {
        return jdbc.sql("""
                update referral set status = 'CANCELLED', cancelled_by = ?, cancelled_at = now(), cancel_reason = ?
                 where id = ? and status = ?""")
                .params(by, reason, id, from.name()).update() == 1;
    }

    /** The referral's status, its row locked until the transaction ends, so no one moves it meanwhile. */
    ReferralStatus lockedStatus(long id) {
        return jdbc.sql("select status from referral where id = ? for update").param(id)
                .query((rs, n) -> ReferralStatus.valueOf(rs.getString(1))).single();
    }

    long recordService(long referralId, ServiceType type, LocalDate on, int quantity, String note, long by) {
        return jdbc.sql("""
                insert into referral_service (referral_id, service_type, delivered_on, quantity, note, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(referralId, type.name(), on, quantity, note, by).query(Long.class).single();
    }

    List<DeliveredService> services(long referralId) {
        return jdbc.sql("""
                select s.id, s.service_type, s.delivered_on, s.quantity, s.note, u.full_name
                  from referral_service s join app_user u on u.id = s.recorded_by
                 where s.referral_id = ? order by s.delivered_on, s.id""").param(referralId)
                .query((rs, n) -> new DeliveredService(rs.getLong(1), ServiceType.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    void movePerson(long survivor, long merged) {
        jdbc.sql("update referral set person_id = ? where person_id = ?").params(survivor, merged).update();
    }

    private static Referral map(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getLong("id"), rs.getString("reference"), rs.getLong("case_id"),
                PersonId.of(rs.getLong("person_id")), rs.getLong("provider_id"),
                ServiceType.valueOf(rs.getString("service_type")), rs.getString("note"), rs.getBoolean("urgent"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getLong("sent_by"), instant(rs, "sent_at"),
                instant(rs, "answered_at"), rs.getString("decline_reason"), instant(rs, "completed_at"),
                rs.getString("completion_note"), (Long) rs.getObject("cancelled_by"), instant(rs, "cancelled_at"),
                rs.getString("cancel_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
