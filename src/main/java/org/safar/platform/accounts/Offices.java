package org.safar.platform.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offices, headquarters first, then regional offices, then missions. */
@Repository
public class Offices {

    private static final String COLUMNS = """
            id, code, kind, region_code, country, name_uz, name_uz_cyrl, name_ru, name_en, active""";

    private final JdbcClient jdbc;

    Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> all() {
        return jdbc.sql("select " + COLUMNS + """
                 from office
                order by case kind when 'HEADQUARTERS' then 0 when 'REGIONAL' then 1 else 2 end, code""")
                .query(Office.class).list();
    }

    public Optional<Office> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from office where id = ?").param(id).query(Office.class).optional();
    }

    public Optional<Office> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from office where code = ?").param(code).query(Office.class)
                .optional();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from office where code = ? and id is distinct from ?")
                .params(code, exceptId).query(Long.class).single() > 0;
    }

    long create(Office office) {
        return jdbc.sql("""
                insert into office (code, kind, region_code, country, name_uz, name_uz_cyrl, name_ru, name_en, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(office.code(), office.kind().name(), office.regionCode(), office.country(), office.nameUz(),
                        office.nameUzCyrl(), office.nameRu(), office.nameEn(), office.active())
                .query(Long.class).single();
    }

    void update(Office office) {
        jdbc.sql("""
                update office set code = ?, kind = ?, region_code = ?, country = ?, name_uz = ?, name_uz_cyrl = ?,
                       name_ru = ?, name_en = ?, active = ?, updated_at = now()
                where id = ?""")
                .params(office.code(), office.kind().name(), office.regionCode(), office.country(), office.nameUz(),
                        office.nameUzCyrl(), office.nameRu(), office.nameEn(), office.active(), office.id())
                .update();
    }
}
