package org.safar.training.reports;

import java.util.List;
import java.util.Locale;

import org.safar.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People trained (with a recorded result) per course and month of the session's end, pass rates per course,
 * and people trained by their region of origin. Only sessions with recorded results count. The region comes
 * from the registry's table, read-only, the way a report query should read it: in one pass.
 */
@Component
public class TrainingReport {

    private final JdbcClient jdbc;

    TrainingReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of the report: what it counts ({@code label}, in four languages), people trained and passed. */
    public record Line(String month, String code, String nameUz, String nameUzCyrl, String nameRu, String nameEn,
            long trained, long passed) {

        public String name(Locale locale) {
            return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
        }

        /** Passed as a percentage of trained, rounded. */
        public long passRate() {
            return trained == 0 ? 0 : Math.round(100.0 * passed / trained);
        }
    }

    public List<Line> byCourseAndMonth() {
        return jdbc.sql("""
                select to_char(s.ends_on, 'YYYY-MM') as month, k.code, k.name_uz, k.name_uz_cyrl, k.name_ru, k.name_en,
                       count(*) as trained, count(*) filter (where e.result = 'PASSED') as passed
                  from training_enrolment e join training_session s on s.id = e.session_id
                  join training_course k on k.id = s.course_id
                 where e.status = 'ENROLLED' and e.result is not null
                 group by 1, k.code, k.name_uz, k.name_uz_cyrl, k.name_ru, k.name_en
                 order by 1 desc, k.code""").query(Line.class).list();
    }

    public List<Line> byCourse() {
        return jdbc.sql("""
                select '' as month, k.code, k.name_uz, k.name_uz_cyrl, k.name_ru, k.name_en,
                       count(*) as trained, count(*) filter (where e.result = 'PASSED') as passed
                  from training_enrolment e join training_session s on s.id = e.session_id
                  join training_course k on k.id = s.course_id
                 where e.status = 'ENROLLED' and e.result is not null
                 group by k.code, k.name_uz, k.name_uz_cyrl, k.name_ru, k.name_en
                 order by k.code""").query(Line.class).list();
    }

    public List<Line> byRegion() {
        return jdbc.sql("""
                select '' as month, coalesce(r.code, '') as code, coalesce(r.name_uz, '—') as name_uz,
                       coalesce(r.name_uz_cyrl, '—') as name_uz_cyrl, coalesce(r.name_ru, '—') as name_ru,
                       coalesce(r.name_en, '—') as name_en,
                       count(*) as trained, count(*) filter (where e.result = 'PASSED') as passed
                  from training_enrolment e join person p on p.id = e.person_id
                  left join region r on r.code = p.home_region
                 where e.status = 'ENROLLED' and e.result is not null
                 group by r.code, r.name_uz, r.name_uz_cyrl, r.name_ru, r.name_en, r.sort_order
                 order by r.sort_order nulls last""").query(Line.class).list();
    }
}
