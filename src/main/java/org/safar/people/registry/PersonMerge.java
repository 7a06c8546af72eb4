package org.safar.people.registry;

import java.util.List;
import java.util.Map;

import org.safar.people.PersonView;
import org.safar.people.matching.NameKeys;
import org.safar.people.matching.Script;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table work of a merge, run inside {@link DuplicateReview#merge}'s transaction: the survivor takes the chosen
 * values and every name either record was known by; everything that pointed at the merged record points at the
 * survivor; the merged record stays as a tombstone that redirects.
 */
@Component
class PersonMerge {

    private final JdbcClient jdbc;

    PersonMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void merge(PersonView survivor, PersonView merged, Map<MergeField, PersonView> chosen, String reviewer) {
        long s = survivor.id();
        long m = merged.id();
        String family = (String) value(MergeField.FAMILY_NAME, chosen, survivor);
        String given = (String) value(MergeField.GIVEN_NAMES, chosen, survivor);
        String patronymic = (String) value(MergeField.PATRONYMIC, chosen, survivor);
        PersonView birth = chosen.getOrDefault(MergeField.BIRTH, survivor);
        NameKeys keys = NameKeys.of(family, given, patronymic);
        jdbc.sql("""
                update person set family_name = ?, given_names = ?, patronymic = ?, name_script = ?, sex = ?,
                    birth_date = ?, birth_year = ?, citizenship = ?, birth_place = ?, home_region = ?,
                    home_district = ?, current_country = ?,
                    home_address = coalesce(home_address, (select home_address from person where id = ?)),
                    name_key = ?, family_key = ?, given_key = ?, patronymic_key = ?, phonetic_key = ?,
                    updated_at = now()
                where id = ?""")
                .params(family, given, patronymic, Script.of(family, given, patronymic).code(),
                        value(MergeField.SEX, chosen, survivor), birth.birthDate(), birth.birthYear(),
                        value(MergeField.CITIZENSHIP, chosen, survivor), value(MergeField.BIRTH_PLACE, chosen, survivor),
                        value(MergeField.HOME_REGION, chosen, survivor),
                        value(MergeField.HOME_DISTRICT, chosen, survivor),
                        value(MergeField.CURRENT_COUNTRY, chosen, survivor), m, keys.name(), keys.family(),
                        keys.given(), keys.patronymic(), keys.phonetic(), s)
                .update();
        for (String table : new String[] { "person_alias", "identity_document", "person_contact", "consent" }) {
            jdbc.sql("update " + table + " set person_id = ? where person_id = ?").params(s, m).update();
        }
        keepNames(s, fullName(family, given, patronymic), merged, survivor);
        moveFamilyLinks(s, m);
        jdbc.sql("update person set merged_into = ?, updated_at = now() where id = ? or merged_into = ?")
                .params(s, m, m).update();
        movePairs(s, m, reviewer);
    }

    private static Object value(MergeField field, Map<MergeField, PersonView> chosen, PersonView survivor) {
        return field.valueOf(chosen.getOrDefault(field, survivor));
    }

    /** The merged record's name, and the survivor's own if it changed, become aliases of the survivor. */
    private void keepNames(long survivorId, String newName, PersonView merged, PersonView survivor) {
        for (PersonView former : List.of(merged, survivor)) {
            String name = former.fullName();
            if (name.equals(newName)) {
                continue;
            }
            jdbc.sql("""
                    insert into person_alias (person_id, full_name, name_key, source)
                    select ?, ?, ?, 'MERGED'
                    where not exists (select 1 from person_alias where person_id = ? and full_name = ?)""")
                    .params(survivorId, name,
                            NameKeys.of(former.familyName(), former.givenNames(), former.patronymic()).name(),
                            survivorId, name)
                    .update();
        }
    }

    /** Links of the merged record move over, except one to the survivor itself or one the survivor has. */
    private void moveFamilyLinks(long s, long m) {
        jdbc.sql("delete from family_link where (person_id = ? and relative_id = ?) or (person_id = ? and relative_id = ?)")
                .params(s, m, m, s).update();
        jdbc.sql("""
                update family_link f set person_id = ? where person_id = ?
                and not exists (select 1 from family_link x where x.person_id = ? and x.relative_id = f.relative_id)""")
                .params(s, m, s).update();
        jdbc.sql("""
                update family_link f set relative_id = ? where relative_id = ?
                and not exists (select 1 from family_link x where x.relative_id = ? and x.person_id = f.person_id)""")
                .params(s, m, s).update();
        jdbc.sql("delete from family_link where person_id = ? or relative_id = ?").params(m, m).update();
    }

    /**
     * Open pairs with the merged record now concern the survivor, unless the survivor already has that pair
     * (then the old one is superseded); a "not the same person" decision carries over to the survivor.
     */
    private void movePairs(long s, long m, String reviewer) {
        String others = """
                select id, case when person_low = :m then person_high else person_low end as other, score, reasons,
                       source, status, decided_by, decided_at
                from duplicate_candidate where (person_low = :m or person_high = :m) and status = :status""";
        jdbc.sql("""
                insert into duplicate_candidate (person_low, person_high, score, reasons, source, status, decided_by,
                                                 decided_at)
                select least(:s, other), greatest(:s, other), score, reasons, source, status, decided_by, decided_at
                from (""" + others + """
                ) o where other <> :s
                on conflict (person_low, person_high) do update set status = excluded.status,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at
                where duplicate_candidate.status = 'OPEN'""")
                .param("s", s).param("m", m).param("status", "NOT_SAME").update();
        jdbc.sql("""
                update duplicate_candidate c set person_low = least(:s, o.other), person_high = greatest(:s, o.other)
                from (""" + others + """
                ) o
                where c.id = o.id and o.other <> :s and not exists (select 1 from duplicate_candidate x
                    where x.person_low = least(:s, o.other) and x.person_high = greatest(:s, o.other))""")
                .param("s", s).param("m", m).param("status", "OPEN").update();
        jdbc.sql("""
                update duplicate_candidate set status = 'SUPERSEDED', decided_by = :reviewer, decided_at = now()
                where (person_low = :m or person_high = :m) and status = 'OPEN'""")
                .param("m", m).param("reviewer", reviewer).update();
    }

    private static String fullName(String family, String given, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? family + " " + given
                : family + " " + given + " " + patronymic;
    }
}
