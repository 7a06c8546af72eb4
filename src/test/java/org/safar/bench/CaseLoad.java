package org.safar.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads synthetic protection cases through {@code COPY}, as the case tables store them: types and sub-types from
 * the reference data, offices at home and abroad, statuses in realistic shares (about half closed, with a
 * reason), risk, source, vulnerabilities, a principal from the loaded people, and the yearly reference counters
 * set so that the application numbers its next case after them.
 */
final class CaseLoad {

    private static final String[] COUNTRIES = { "RU", "RU", "RU", "KZ", "KZ", "KR", "TR", "AE", "GB", "DE" };
    private static final String[] SOURCES = { "WALK_IN", "HOTLINE", "CONSULATE", "PARTNER", "PUBLIC_REQUEST" };
    private static final String[] RISKS = { "LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL" };
    private static final String[] VULNERABILITIES = { "CHILD", "WOMAN_WITH_CHILDREN", "ELDERLY", "DISABILITY",
            "MEDICAL_NEED", "PREGNANCY" };
    private static final String[] CLOSURES = { "RESOLVED", "RETURNED_AND_REINTEGRATED", "REFERRED_ELSEWHERE",
            "PERSON_DECLINED", "LOST_CONTACT" };
    private static final String[] OPEN_STATUSES = { "INTAKE", "ASSESSMENT", "PLAN", "IN_SERVICE", "IN_SERVICE",
            "MONITORING" };
    private static final int FIRST_YEAR = 2024;
    private static final int YEARS = 3;

    private final DataSource dataSource;

    CaseLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads {@code count} cases whose principals are people 1..{@code people}. */
    void load(int count, int people, long seed) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                insert into office (code, kind, region_code, name_uz, name_uz_cyrl, name_ru, name_en)
                select r.code, 'REGIONAL', r.code, r.code, r.code, r.code, r.code from region r
                on conflict (code) do nothing""").update();
        jdbc.sql("""
                insert into office (code, kind, country, name_uz, name_uz_cyrl, name_ru, name_en)
                values ('RU-MOW', 'MISSION', 'RU', 'Moskva', 'Москва', 'Москва', 'Moscow'),
                       ('KZ-ALA', 'MISSION', 'KZ', 'Olmaota', 'Олмаота', 'Алматы', 'Almaty'),
                       ('KR-SEL', 'MISSION', 'KR', 'Seul', 'Сеул', 'Сеул', 'Seoul'),
                       ('TR-IST', 'MISSION', 'TR', 'Istanbul', 'Истанбул', 'Стамбул', 'Istanbul')
                on conflict (code) do nothing""").update();
        long[] offices = jdbc.sql("select id from office order by id").query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
        List<long[]> types = jdbc.sql("""
                select t.id, coalesce(s.id, 0), t.restricted_by_default::int from case_type t
                left join case_type s on s.parent_id = t.id where t.parent_id is null""")
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).list();
        long firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from protection_case").query(Long.class).single();

        SplittableRandom random = new SplittableRandom(seed);
        int[] perYear = new int[YEARS];
        StringBuilder chunk = new StringBuilder(1 << 20);
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy protection_case (reference, type_id, subtype_id, summary, country, source, vulnerabilities,
                        risk_level, owning_office_id, restricted, status, opened_on, closed_on, closure_reason)
                    from stdin""");
            for (int i = 0; i < count; i++) {
                int yearIndex = random.nextInt(YEARS);
                int year = FIRST_YEAR + yearIndex;
                String reference = "CASE-%d-%06d".formatted(year, ++perYear[yearIndex]);
                long[] type = types.get(random.nextInt(types.size()));
                LocalDate opened = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
                boolean closed = random.nextInt(100) < 45;
                String vulnerabilities = random.nextInt(4) == 0
                        ? "{" + VULNERABILITIES[random.nextInt(VULNERABILITIES.length)] + "}" : "{}";
                PopulationLoad.row(chunk, reference, type[0], type[1] == 0 ? null : type[1],
                        "Synthetic case " + reference, COUNTRIES[random.nextInt(COUNTRIES.length)],
                        SOURCES[random.nextInt(SOURCES.length)], vulnerabilities,
                        RISKS[random.nextInt(RISKS.length)], offices[random.nextInt(offices.length)],
                        type[2] == 1 ? "t" : "f", closed ? "CLOSED" : OPEN_STATUSES[random.nextInt(OPEN_STATUSES.length)],
                        opened, closed ? opened.plusDays(1 + random.nextInt(120)) : null,
                        closed ? CLOSURES[random.nextInt(CLOSURES.length)] : null);
                flush(copy, chunk, i == count - 1);
            }
            copy.endCopy();
        }
        long loaded = jdbc.sql("select count(*) from protection_case where id >= ?").param(firstId)
                .query(Long.class).single();
        long lastId = jdbc.sql("select max(id) from protection_case").query(Long.class).single();
        if (loaded != count || lastId != firstId + count - 1) {
            throw new IllegalStateException("case ids are not the contiguous range the loader expects");
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy protection_case_person (case_id, person_id, role) from stdin");
            for (int i = 0; i < count; i++) {
                PopulationLoad.row(chunk, firstId + i, 1 + random.nextInt(people), "PRINCIPAL");
                flush(copy, chunk, i == count - 1);
            }
            copy.endCopy();
        }
        for (int y = 0; y < YEARS; y++) {
            jdbc.sql("""
                    insert into protection_case_counter (year, last) values (?, ?)
                    on conflict (year) do update set last = greatest(protection_case_counter.last, excluded.last)""")
                    .params(FIRST_YEAR + y, perYear[y]).update();
        }
        jdbc.sql("analyze protection_case").update();
        jdbc.sql("analyze protection_case_person").update();
    }

    private static void flush(CopyIn copy, StringBuilder chunk, boolean last) throws SQLException {
        if (chunk.length() > (1 << 20) - 4096 || last) {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }
    }
}
