package org.safar.mobility.licensing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safar.mobility.LicenceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of agencies and their licences, read and written with plain SQL. */
@Repository
public class Agencies {

    private static final String SELECT = """
            select a.id, a.legal_name, a.tax_number, a.address, a.phone, a.email, a.website, a.branches,
                   l.id licence_id, l.number, l.issued_on, l.expires_on, l.status, l.status_reason,
                   coalesce((select string_agg(c.country, ',' order by c.country) from licence_country c
                             where c.licence_id = l.id), '') countries
              from agency a join licence l on l.agency_id = a.id
            """;

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Agencies::agency).optional();
    }

    /** Agencies whose name contains, or whose tax or licence number equals, {@code text}; all when blank. */
    public List<Agency> search(String text, LicenceStatus status, int limit) {
        String q = text == null ? "" : text.trim();
        String digits = q.replaceAll("\\s", "");
        return jdbc.sql(SELECT + """
                 where (:q = '' or a.legal_name ilike '%' || :like || '%' escape '\\' or a.tax_number = :digits
                        or upper(l.number) = upper(:digits))
                   and (cast(:status as text) is null or l.status = :status)
                 order by (upper(l.number) = upper(:digits) or a.tax_number = :digits) desc, a.legal_name
                 limit :limit""")
                .param("q", q).param("like", q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("digits", digits).param("status", status == null ? null : status.name())
                .param("limit", limit).query(Agencies::agency).list();
    }

    public boolean taxNumberTaken(String taxNumber) {
        return jdbc.sql("select exists (select 1 from agency where tax_number = ?)").param(taxNumber)
                .query(Boolean.class).single();
    }

    public boolean licenceNumberTaken(String number) {
        return jdbc.sql("select exists (select 1 from licence where upper(number) = upper(?))").param(number)
                .query(Boolean.class).single();
    }

    long insert(AgencyForm form) {
        long id = jdbc.sql("""
                insert into agency (legal_name, tax_number, address, phone, email, website, branches)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.getLegalName().trim(), form.getTaxNumber(), form.getAddress(), form.getPhone(),
                        form.getEmail(), form.getWebsite(), form.getBranches())
                .query(Long.class).single();
        long licence = jdbc.sql("""
                insert into licence (agency_id, number, issued_on, expires_on, status)
                values (?, ?, ?, ?, 'ACTIVE') returning id""")
                .params(id, form.getLicenceNumber().trim().toUpperCase(), form.getIssuedOn(), form.getExpiresOn())
                .query(Long.class).single();
        setCountries(licence, form.getCountries());
        return id;
    }

    void setCountries(long licenceId, List<String> countries) {
        jdbc.sql("delete from licence_country where licence_id = ?").param(licenceId).update();
        countries.stream().distinct().forEach(country -> jdbc
                .sql("insert into licence_country (licence_id, country) values (?, ?)")
                .params(licenceId, country).update());
    }

    void setStatus(long licenceId, LicenceStatus status, String reason, LocalDate expiresOn) {
        jdbc.sql("""
                update licence set status = ?, status_reason = ?, expires_on = ?, updated_at = now() where id = ?""")
                .params(status.name(), reason, expiresOn, licenceId).update();
    }

    void history(long licenceId, String action, LicenceStatus status, LocalDate expiresOn, String reason,
            String actor) {
        jdbc.sql("""
                insert into licence_history (licence_id, action, status, expires_on, reason, actor)
                values (?, ?, ?, ?, ?, ?)""")
                .params(licenceId, action, status.name(), expiresOn, reason, actor).update();
    }

    public List<LicenceHistoryLine> historyOf(long licenceId) {
        return jdbc.sql("""
                select action, status, expires_on, reason, actor, at from licence_history
                 where licence_id = ? order by at desc, id desc""").param(licenceId)
                .query((rs, n) -> new LicenceHistoryLine(rs.getString("action"), rs.getString("status"),
                        rs.getObject("expires_on", LocalDate.class), rs.getString("reason"), rs.getString("actor"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Active licences past their expiry date on {@code today}. */
    List<Agency> expiredOn(LocalDate today) {
        return jdbc.sql(SELECT + " where l.status = 'ACTIVE' and l.expires_on < ? order by a.id").param(today)
                .query(Agencies::agency).list();
    }

    /** Active licences expiring within the warning window that have not been warned for this expiry yet. */
    List<Agency> expiringBy(LocalDate limit) {
        return jdbc.sql(SELECT + """
                 where l.status = 'ACTIVE' and l.expires_on <= ?
                   and (l.warned_for is null or l.warned_for <> l.expires_on) order by l.expires_on""")
                .param(limit).query(Agencies::agency).list();
    }

    void markWarned(long licenceId, LocalDate expiresOn) {
        jdbc.sql("update licence set warned_for = ? where id = ?").params(expiresOn, licenceId).update();
    }

    /** Active licences that expire within {@code days} days of {@code today}, soonest first: the officers' list. */
    public List<Agency> expiringWithin(LocalDate today, int days) {
        return jdbc.sql(SELECT + " where l.status = 'ACTIVE' and l.expires_on <= ? order by l.expires_on")
                .param(today.plusDays(days)).query(Agencies::agency).list();
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        String countries = rs.getString("countries");
        return new Agency(rs.getLong("id"), rs.getString("legal_name"), rs.getString("tax_number"),
                rs.getString("address"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
                rs.getString("branches"), rs.getLong("licence_id"), rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
                LicenceStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                countries.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(countries.split(","))));
    }
}
