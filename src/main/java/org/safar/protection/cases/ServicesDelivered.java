package org.safar.protection.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The services a case's people received: what, from whom, when, how many and at what cost — recorded by case staff,
 * or by a provider's partner under a referral of the case.
 */
@Repository
public class ServicesDelivered {

    /**
     * One delivery; the cost is in minor units of the ISO currency (tiyin, cents, kopecks). A delivery a partner
     * recorded names its referral ({@code referralId}, {@code referralReference}) and has no cost.
     */
    public record Delivery(long id, ServiceType type, String providerName, Long providerId, LocalDate deliveredOn,
            int quantity, Long costMinor, String currency, String note, Long referralId, String referralReference) {

        /** A delivery recorded by case staff, under no referral. */
        public Delivery(long id, ServiceType type, String providerName, Long providerId, LocalDate deliveredOn,
                int quantity, Long costMinor, String currency, String note) {
            this(id, type, providerName, providerId, deliveredOn, quantity, costMinor, currency, note, null, null);
        }
    }

    private final JdbcClient jdbc;

    ServicesDelivered(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delivery> of(long caseId) {
        return jdbc.sql("""
                select s.id, s.service_type, s.provider_name, s.provider_id, s.delivered_on, s.quantity, s.cost_minor,
                       s.currency, s.note, s.referral_id, r.reference
                  from protection_case_service s left join referral r on r.id = s.referral_id
                 where s.case_id = ? order by s.delivered_on, s.id""").param(caseId)
                .query((rs, n) -> new Delivery(rs.getLong(1), ServiceType.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        (Long) rs.getObject(7), rs.getString(8), rs.getString(9), (Long) rs.getObject(10),
                        rs.getString(11)))
                .list();
    }

    long record(long caseId, Delivery d, Long recordedBy) {
        return jdbc.sql("""
                insert into protection_case_service (case_id, service_type, provider_name, provider_id, delivered_on,
                    quantity, cost_minor, currency, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, d.type().name(), d.providerName(), d.providerId(), d.deliveredOn(), d.quantity(),
                        d.costMinor(), d.currency(), d.note(), recordedBy)
                .query(Long.class).single();
    }

    /**
     * Counts a service a partner recorded under a referral ({@code referralServiceId} is the partner's record) as
     * delivered on the referral's case, without cost. Asks no case access: the partner may not write the case, so
     * only {@code Referrals.recordService} calls this, after its own checks that the partner may record the service.
     */
    public long recordFromReferral(long caseId, long referralId, long referralServiceId, ServiceType type,
            long providerId, String providerName, LocalDate deliveredOn, int quantity, String note, long recordedBy) {
        return jdbc.sql("""
                insert into protection_case_service (case_id, service_type, provider_name, provider_id, delivered_on,
                    quantity, note, recorded_by, referral_id, referral_service_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, type.name(), providerName, providerId, deliveredOn, quantity, note, recordedBy,
                        referralId, referralServiceId)
                .query(Long.class).single();
    }
}
