package org.safar.mobility.vacancies;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ISCO-08 list shipped with Safar (migration V21): every major and sub-major group and the unit groups
 * migrants apply for most. Vacancies take a unit group (4 digits); a search by a group finds its units.
 */
@Component
public class Occupations {

    private final JdbcClient jdbc;
    private volatile Map<String, Occupation> byCode;

    Occupations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The list never changes while the application runs, so it is read once, on first use. */
    private Map<String, Occupation> byCode() {
        if (byCode == null) {
            byCode = jdbc.sql("select code, name_en, name_ru, name_uz, name_uz_cyrl from isco_occupation order by code")
                .query(Occupation.class).list().stream()
                .collect(Collectors.toMap(Occupation::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        }
        return byCode;
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode().get(code));
    }

    /** The unit groups (4 digits) a vacancy may name. */
    public List<Occupation> units() {
        return byCode().values().stream().filter(o -> o.level() == 4).toList();
    }

    /** Every group, in code order (major, then its sub-major groups, then units). */
    public List<Occupation> all() {
        return List.copyOf(byCode().values());
    }
}
