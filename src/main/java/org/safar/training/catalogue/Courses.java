package org.safar.training.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course catalogue, with each course's modules. */
@Repository
public class Courses {

    private static final String SELECT = """
            select id, code, kind, destination_country, name_uz, name_uz_cyrl, name_ru, name_en, description_uz,
                   description_uz_cyrl, description_ru, description_en, pass_mark, min_attendance, active, null as modules
              from training_course""";

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Course> all() {
        List<Course> courses = jdbc.sql(SELECT + " order by kind, code").query(Course.class).list();
        Map<Long, List<Course.Module>> modules = jdbc.sql("""
                select course_id, name_uz, name_uz_cyrl, name_ru, name_en, hours from training_course_module
                 order by course_id, position""")
                .query((rs, n) -> Map.entry(rs.getLong(1), new Course.Module(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return courses.stream().map(c -> c.withModules(modules.getOrDefault(c.id(), List.of()))).toList();
    }

    public Optional<Course> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Course.class).optional().map(this::withModules);
    }

    public Optional<Course> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(Course.class).optional()
                .map(this::withModules);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from training_course where code = ? and id is distinct from ?)")
                .params(code, exceptId).query(Boolean.class).single();
    }

    private Course withModules(Course course) {
        return course.withModules(jdbc.sql("""
                select name_uz, name_uz_cyrl, name_ru, name_en, hours from training_course_module
                 where course_id = ? order by position""")
                .param(course.id()).query(Course.Module.class).list());
    }

    long insert(Course c) {
        long id = jdbc.sql("""
                insert into training_course (code, kind, destination_country, name_uz, name_uz_cyrl, name_ru, name_en,
                       description_uz, description_uz_cyrl, description_ru, description_en, pass_mark, min_attendance,
                       active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.code(), c.kind().name(), c.destinationCountry(), c.nameUz(), c.nameUzCyrl(), c.nameRu(),
                        c.nameEn(), c.descriptionUz(), c.descriptionUzCyrl(), c.descriptionRu(), c.descriptionEn(),
                        c.passMark(), c.minAttendance(), c.active())
                .query(Long.class).single();
        writeModules(id, c.modules());
        return id;
    }

    void update(Course c) {
        jdbc.sql("""
                update training_course set code = ?, kind = ?, destination_country = ?, name_uz = ?, name_uz_cyrl = ?,
                       name_ru = ?, name_en = ?, description_uz = ?, description_uz_cyrl = ?, description_ru = ?,
                       description_en = ?, pass_mark = ?, min_attendance = ?, active = ?, updated_at = now()
                 where id = ?""")
                .params(c.code(), c.kind().name(), c.destinationCountry(), c.nameUz(), c.nameUzCyrl(), c.nameRu(),
                        c.nameEn(), c.descriptionUz(), c.descriptionUzCyrl(), c.descriptionRu(), c.descriptionEn(),
                        c.passMark(), c.minAttendance(), c.active(), c.id())
                .update();
        jdbc.sql("delete from training_course_module where course_id = ?").param(c.id()).update();
        writeModules(c.id(), c.modules());
    }

    private void writeModules(long courseId, List<Course.Module> modules) {
        for (int i = 0; i < modules.size(); i++) {
            Course.Module m = modules.get(i);
            jdbc.sql("""
                    insert into training_course_module (course_id, position, name_uz, name_uz_cyrl, name_ru, name_en,
                           hours)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(courseId, i + 1, m.nameUz(), m.nameUzCyrl(), m.nameRu(), m.nameEn(), m.hours()).update();
        }
    }
}
