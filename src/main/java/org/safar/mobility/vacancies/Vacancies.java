package org.safar.mobility.vacancies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Vacancies and their status changes, in plain SQL. The public list is a query, not a flag: a vacancy is public
 * only while it is published, not past its closing date, and its agency's licence is active for its country.
 */
@Repository
public class Vacancies {

    private static final String SELECT = """
            select v.*, a.legal_name agency_name, e.name employer_name
              from vacancy v join agency a on a.id = v.agency_id join employer e on e.id = v.employer_id
            """;

    /** The condition that makes a vacancy public, on aliases {@code v} (vacancy) and {@code l} (licence). */
    static final String PUBLIC = """
            v.status = 'PUBLISHED' and v.closing_on >= :today and l.status = 'ACTIVE' and l.expires_on >= :today
            and exists (select 1 from licence_country c where c.licence_id = l.id and c.country = v.country)
            """;

    private final JdbcClient jdbc;

    Vacancies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Vacancy> byId(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(Vacancies::vacancy).optional();
    }

    /** Staff's list: every vacancy, or one agency's ({@code agencyId}), optionally in one status; newest first. */
    public List<Vacancy> list(Long agencyId, VacancyStatus status, int limit) {
        return jdbc.sql(SELECT + """
                 where (cast(:agency as bigint) is null or v.agency_id = :agency)
                   and (cast(:status as text) is null or v.status = :status)
                 order by v.updated_at desc, v.id desc limit :limit""")
                .param("agency", agencyId).param("status", status == null ? null : status.name())
                .param("limit", limit).query(Vacancies::vacancy).list();
    }

    /** What the public may see, filtered; {@code minWageMinor} compares within {@code currency} only. */
    public List<Vacancy> published(PublicFilter filter, LocalDate today, int limit) {
        return jdbc.sql(SELECT + " join licence l on l.agency_id = v.agency_id where " + PUBLIC + """
                   and (cast(:country as text) is null or v.country = :country)
                   and (cast(:occupation as text) is null or v.occupation_code like :occupation || '%')
                   and (cast(:currency as text) is null or v.currency = :currency)
                   and (cast(:minWage as bigint) is null or (v.currency = :currency and v.wage_period = 'MONTH'
                        and v.wage_minor >= :minWage))
                 order by v.verified_at desc nulls last, v.id desc limit :limit""")
                .param("today", today).param("country", filter.country()).param("occupation", filter.occupation())
                .param("currency", filter.currency()).param("minWage", filter.minWageMinor()).param("limit", limit)
                .query(Vacancies::vacancy).list();
    }

    public boolean isPublic(long id, LocalDate today) {
        return jdbc.sql("select exists (select 1 from vacancy v join licence l on l.agency_id = v.agency_id where "
                + "v.id = :id and " + PUBLIC + ")").param("id", id).param("today", today).query(Boolean.class).single();
    }

    /** A filter of the public list; null fields do not filter. */
    public record PublicFilter(String country, String occupation, String currency, Long minWageMinor) {
    }

    long insert(long agencyId, VacancyForm form, String actor) {
        long number = jdbc.sql("select nextval('vacancy_reference_seq')").query(Long.class).single();
        String reference = "VAC-" + LocalDate.now().getYear() + "-" + String.format("%05d", number);
        return jdbc.sql("""
                insert into vacancy (reference, agency_id, employer_id, title, occupation_code, country, city, posts,
                       wage_minor, currency, wage_period, hours_per_week, accommodation, travel, contract_months,
                       language_requirement, skill_requirement, required_course_code, closing_on, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?) returning id""")
                .params(reference, agencyId, form.getEmployerId(), form.getTitle().trim(), form.getOccupationCode(),
                        form.getCountry(), form.getCity().trim(), form.getPosts(), form.wageMinor(),
                        form.getCurrency(), form.getWagePeriod(), form.getHoursPerWeek(), form.getAccommodation(),
                        form.getTravel(), form.getContractMonths(), form.getLanguageRequirement(),
                        form.getSkillRequirement(), blankToNull(form.getRequiredCourseCode()), form.getClosingOn(),
                        actor)
                .query(Long.class).single();
    }

    void update(long id, VacancyForm form) {
        jdbc.sql("""
                update vacancy set employer_id = ?, title = ?, occupation_code = ?, country = ?, city = ?, posts = ?,
                       wage_minor = ?, currency = ?, wage_period = ?, hours_per_week = ?, accommodation = ?,
                       travel = ?, contract_months = ?, language_requirement = ?, skill_requirement = ?,
                       required_course_code = ?, closing_on = ?, updated_at = now() where id = ?""")
                .params(form.getEmployerId(), form.getTitle().trim(), form.getOccupationCode(), form.getCountry(),
                        form.getCity().trim(), form.getPosts(), form.wageMinor(), form.getCurrency(),
                        form.getWagePeriod(), form.getHoursPerWeek(), form.getAccommodation(), form.getTravel(),
                        form.getContractMonths(), form.getLanguageRequirement(), form.getSkillRequirement(),
                        blankToNull(form.getRequiredCourseCode()), form.getClosingOn(), id)
                .update();
    }

    void setStatus(long id, VacancyStatus status, String reason, String actor) {
        jdbc.sql("update vacancy set status = ?, status_reason = ?, updated_at = now() where id = ?")
                .params(status.name(), reason, id).update();
        if (status == VacancyStatus.VERIFIED) {
            jdbc.sql("update vacancy set verified_by = ?, verified_at = now() where id = ?").params(actor, id)
                    .update();
        }
        history(id, status, reason, actor);
    }

    private void history(long id, VacancyStatus status, String reason, String actor) {
        jdbc.sql("insert into vacancy_history (vacancy_id, status, reason, actor) values (?, ?, ?, ?)")
                .params(id, status.name(), reason, actor).update();
    }

    public List<StatusChange> historyOf(long id) {
        return jdbc.sql("select status, reason, actor, at from vacancy_history where vacancy_id = ? order by at desc, id desc")
                .param(id).query((rs, n) -> new StatusChange(VacancyStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** One step of a vacancy's workflow. */
    public record StatusChange(VacancyStatus status, String reason, String actor, java.time.Instant at) {
    }

    /** Takes every published vacancy of the agency off the public list (back to verified); returns how many. */
    public int unpublishAll(long agencyId) {
        return moveAll(agencyId, "status = 'PUBLISHED'", VacancyStatus.VERIFIED, "licence.notActive");
    }

    /** Unpublishes the agency's vacancies in countries its licence no longer allows. */
    public int unpublishOutside(long agencyId, List<String> countries) {
        String allowed = countries.isEmpty() ? "''" : String.join(",", countries.stream()
                .map(c -> "'" + c.replaceAll("[^A-Z]", "") + "'").toList());
        return moveAll(agencyId, "status = 'PUBLISHED' and country not in (" + allowed + ")", VacancyStatus.VERIFIED,
                "licence.countryNotAllowed");
    }

    /** Publishes again the agency's verified vacancies in allowed countries that are still open. */
    public int republish(long agencyId, List<String> countries, LocalDate today) {
        if (countries.isEmpty()) {
            return 0;
        }
        String allowed = String.join(",", countries.stream().map(c -> "'" + c.replaceAll("[^A-Z]", "") + "'").toList());
        return moveAll(agencyId, "status = 'VERIFIED' and verified_at is not null and closing_on >= '" + today
                + "' and country in (" + allowed + ")", VacancyStatus.PUBLISHED, "licence.active");
    }

    /** Closes every open vacancy of the agency (its licence was revoked). */
    public int closeAll(long agencyId, String reason) {
        return moveAll(agencyId, "status <> 'CLOSED'", VacancyStatus.CLOSED, reason);
    }

    private int moveAll(long agencyId, String condition, VacancyStatus to, String reason) {
        List<Long> ids = jdbc.sql("select id from vacancy where agency_id = ? and " + condition + " for update")
                .param(agencyId).query(Long.class).list();
        ids.forEach(id -> setStatus(id, to, reason, org.safar.mobility.licensing.Actor.current()));
        return ids.size();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase();
    }

    private static Vacancy vacancy(ResultSet rs, int row) throws SQLException {
        return new Vacancy(rs.getLong("id"), rs.getString("reference"), rs.getLong("agency_id"),
                rs.getString("agency_name"), rs.getLong("employer_id"), rs.getString("employer_name"),
                rs.getString("title"), rs.getString("occupation_code"), rs.getString("country"), rs.getString("city"),
                rs.getInt("posts"), rs.getLong("wage_minor"), rs.getString("currency"), rs.getString("wage_period"),
                rs.getInt("hours_per_week"), rs.getString("accommodation"), rs.getString("travel"),
                rs.getInt("contract_months"), rs.getString("language_requirement"),
                rs.getString("skill_requirement"), rs.getString("required_course_code"),
                rs.getObject("closing_on", LocalDate.class), VacancyStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getString("created_by"));
    }
}
