package org.safar.protection.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case types and sub-types, in the order administrators gave them. */
@Repository
public class CaseTypes {

    private static final String COLUMNS = """
            id, code, parent_id, name_uz, name_uz_cyrl, name_ru, name_en, restricted_by_default, active, sort_order""";

    private final JdbcClient jdbc;

    CaseTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type and sub-type, retired ones too: a type first, then its sub-types. */
    public List<CaseType> all() {
        return jdbc.sql("select " + COLUMNS + """
                 from case_type t
                order by (select p.sort_order from case_type p where p.id = coalesce(t.parent_id, t.id)),
                         coalesce(t.parent_id, t.id), t.parent_id nulls first, t.sort_order, t.code""")
                .query(CaseType.class).list();
    }

    public List<CaseType> activeTypes() {
        return all().stream().filter(t -> t.active() && !t.isSubtype()).toList();
    }

    public List<CaseType> activeSubtypes() {
        return all().stream().filter(t -> t.active() && t.isSubtype()).toList();
    }

    public Optional<CaseType> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from case_type where id = ?").param(id).query(CaseType.class)
                .optional();
    }

    public Optional<CaseType> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from case_type where code = ?").param(code).query(CaseType.class)
                .optional();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from case_type where code = ? and id is distinct from ?")
                .params(code, exceptId).query(Long.class).single() > 0;
    }

    public long create(CaseType type) {
        return jdbc.sql("""
                insert into case_type (code, parent_id, name_uz, name_uz_cyrl, name_ru, name_en,
                                       restricted_by_default, active, sort_order)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(type.code(), type.parentId(), type.nameUz(), type.nameUzCyrl(), type.nameRu(),
                        type.nameEn(), type.restrictedByDefault(), type.active(), type.sortOrder())
                .query(Long.class).single();
    }

    /** Names, sensitivity, order and whether it is offered; the code and the parent never change. */
    public void update(CaseType type) {
        jdbc.sql("""
                update case_type set name_uz = ?, name_uz_cyrl = ?, name_ru = ?, name_en = ?,
                       restricted_by_default = ?, active = ?, sort_order = ?, updated_at = now()
                where id = ?""")
                .params(type.nameUz(), type.nameUzCyrl(), type.nameRu(), type.nameEn(), type.restrictedByDefault(),
                        type.active(), type.sortOrder(), type.id())
                .update();
    }
}
