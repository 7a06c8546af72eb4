package org.safar.protection.cases;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services a case's people received: what, from whom, when, how many and at what cost. */
@Repository
public class ServicesDelivered {

    /** One delivery; the cost is in minor units of the ISO currency (tiyin, cents, kopecks). */
    public record Delivery(long id, ServiceType type, String providerName, Long providerId, LocalDate deliveredOn,
            int quantity, Long costMinor, String currency, String note) {
    }

    private final JdbcClient jdbc;

    ServicesDelivered(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Delivery> of(long caseId) {
        return jdbc.sql("""
                select id, service_type, provider_name, provider_id, delivered_on, quantity, cost_minor, currency, note
                from protection_case_service where case_id = ? order by delivered_on, id""").param(caseId)
                .query((rs, n) -> new Delivery(rs.getLong(1), ServiceType.valueOf(rs.getString(2)), rs.getString(3),
                        (Long) rs.getObject(4), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        (Long) rs.getObject(7), rs.getString(8), rs.getString(9)))
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
}
