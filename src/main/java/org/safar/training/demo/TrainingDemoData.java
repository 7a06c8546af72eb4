package org.safar.training.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.safar.people.PersonId;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.training.CourseKind;
import org.safar.training.catalogue.Catalogue;
import org.safar.training.catalogue.CentreForm;
import org.safar.training.catalogue.CourseForm;
import org.safar.training.catalogue.ModuleForm;
import org.safar.training.certificates.Certificates;
import org.safar.training.sessions.Assessments;
import org.safar.training.sessions.Attendance;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Results;
import org.safar.training.sessions.Scheduling;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionForm;
import org.safar.training.sessions.Sessions;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo training, loaded once into an empty catalogue after the demo people: eight courses (orientation for
 * Russia and Korea, Korean, Russian and German, welding, caregiving, driving), centres in Tashkent, Samarqand and
 * Fargʻona, past sessions with attendance, scores, results and certificates, and upcoming sessions with people
 * enrolled (one full, with a waiting list). The demo {@code trainer} teaches the Tashkent sessions.
 */
@Component
@Order(35)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class TrainingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Catalogue catalogue;
    private final Scheduling scheduling;
    private final Sessions sessions;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Assessments assessments;
    private final Results results;
    private final Certificates certificates;
    private final Offices offices;
    private final Users users;
    private final Clock clock;
    private final Random random = new Random(20261125L);

    TrainingDemoData(JdbcClient jdbc, TransactionTemplate transaction, Catalogue catalogue, Scheduling scheduling,
            Sessions sessions, Enrolments enrolments, Attendance attendance, Assessments assessments,
            Results results, Certificates certificates, Offices offices, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.catalogue = catalogue;
        this.scheduling = scheduling;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.assessments = assessments;
        this.results = results;
        this.certificates = certificates;
        this.offices = offices;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from training_course)").query(Boolean.class).single()) {
            return;
        }
        RunAs.system(RunAs.DEMO, () -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        List<Long> people = jdbc.sql("select id from person where merged_into is null order by id limit 150")
                .query(Long.class).list();
        if (people.isEmpty()) {
            return;
        }
        Map<String, Long> courses = new HashMap<>();
        for (DemoCourses.Course c : DemoCourses.ALL) {
            courses.put(c.code(), catalogue.create(course(c), DemoCourses.modules(c)));
        }
        Long trainer = users.byUsername("trainer").map(u -> u.id()).orElse(null);
        long tashkent = centre("TAS-1", "Toshkent xalqaro oʻquv markazi", "Тошкент халқаро ўқув маркази",
                "Ташкентский международный учебный центр", "Tashkent International Training Centre", "UZ-TK",
                "Chilonzor tumani, Bunyodkor shoh koʻchasi 12");
        long samarqand = centre("SAM-1", "Samarqand kasb-hunar markazi", "Самарқанд касб-ҳунар маркази",
                "Самаркандский центр профессиональной подготовки", "Samarqand Vocational Centre", "UZ-SA",
                "Registon koʻchasi 5");
        long fargona = centre("FAR-1", "Fargʻona migrantlar tayyorlov markazi", "Фарғона мигрантлар тайёрлов маркази",
                "Ферганский центр подготовки мигрантов", "Fargʻona Migrant Preparation Centre", "UZ-FA",
                "Al-Fargʻoniy koʻchasi 30");
        LocalDate today = LocalDate.now(clock);
        int next = 0;
        int issued = 0;
        String[][] plan = { { "KR-ORI", "T" }, { "RU-ORI", "T" }, { "KOR-LANG", "T" }, { "RUS-LANG", "S" },
                { "DEU-LANG", "T" }, { "WELD", "S" }, { "CARE", "F" }, { "DRIVE", "F" } };
        for (int i = 0; i < plan.length; i++) {
            long course = courses.get(plan[i][0]);
            long centre = switch (plan[i][1]) {
                case "T" -> tashkent;
                case "S" -> samarqand;
                default -> fargona;
            };
            List<Long> trainers = plan[i][1].equals("T") && trainer != null ? List.of(trainer) : List.of();
            LocalDate pastStart = today.minusDays(40 + 12L * i);
            long past = schedule(course, centre, pastStart, pastStart.plusDays(18), 12, trainers);
            for (int k = 0; k < 10; k++) {
                enrolments.enrol(past, PersonId.of(people.get(next++ % people.size())));
            }
            issued += runPast(past);
            LocalDate upcomingStart = today.plusDays(7 + 5L * i);
            int capacity = i == 0 ? 6 : 15;
            long upcoming = schedule(course, centre, upcomingStart, upcomingStart.plusDays(18), capacity, trainers);
            for (int k = 0; k < (i == 0 ? 8 : 5); k++) {
                enrolments.enrol(upcoming, PersonId.of(people.get(next++ % people.size())));
            }
        }
        long current = schedule(courses.get("KR-ORI"), tashkent, today.minusDays(6), today.plusDays(8), 12,
                trainer == null ? List.of() : List.of(trainer));
        for (int k = 0; k < 9; k++) {
            enrolments.enrol(current, PersonId.of(people.get(next++ % people.size())));
        }
        log.info("Demo data loaded: {} courses, {} certificates", courses.size(), issued);
    }

    private int runPast(long sessionId) {
        Session session = sessions.byId(sessionId).orElseThrow();
        List<Enrolment> enrolled = enrolments.enrolled(sessionId);
        for (LocalDate day : session.classDates()) {
            for (Enrolment e : enrolled) {
                attendance.mark(session, e.id(), day, random.nextDouble() < (e.id() % 7 == 0 ? 0.6 : 0.95));
            }
        }
        long test = assessments.add(session, "Yakuniy test", 100, session.endsOn());
        Map<Long, BigDecimal> scores = new HashMap<>();
        for (Enrolment e : enrolled) {
            scores.put(e.id(), BigDecimal.valueOf(45 + random.nextInt(55)));
        }
        assessments.record(session, test, scores);
        results.record(sessions.byId(sessionId).orElseThrow());
        return certificates.issueFor(sessions.byId(sessionId).orElseThrow());
    }

    private long schedule(long course, long centre, LocalDate from, LocalDate to, int capacity, List<Long> trainers) {
        SessionForm form = new SessionForm();
        form.setCourseId(course);
        form.setCentreId(centre);
        form.setStartsOn(from);
        form.setEndsOn(to);
        form.setClassDays(new ArrayList<>(List.of(1, 3, 5)));
        form.setStartsAt(LocalTime.of(9, 0));
        form.setEndsAt(LocalTime.of(13, 0));
        form.setCapacity(capacity);
        form.setTrainerIds(new ArrayList<>(trainers));
        return scheduling.schedule(form);
    }

    private long centre(String code, String uz, String uzCyrl, String ru, String en, String office, String address) {
        CentreForm form = new CentreForm();
        form.setCode(code);
        form.setNameUz(uz);
        form.setNameUzCyrl(uzCyrl);
        form.setNameRu(ru);
        form.setNameEn(en);
        form.setRegionCode(office);
        form.setAddress(address);
        form.setOfficeId(offices.byCode(office).orElseThrow().id());
        long id = catalogue.create(form);
        catalogue.addRoom(id, "101", 20);
        catalogue.addRoom(id, "Ustaxona", 12);
        return id;
    }

    private static CourseForm course(DemoCourses.Course c) {
        CourseForm form = new CourseForm();
        form.setCode(c.code());
        form.setKind(c.kind());
        form.setDestinationCountry(c.country());
        form.setNameUz(c.uz());
        form.setNameUzCyrl(c.uzCyrl());
        form.setNameRu(c.ru());
        form.setNameEn(c.en());
        form.setDescriptionUz(c.descriptionUz());
        form.setDescriptionUzCyrl(c.descriptionUzCyrl());
        form.setDescriptionRu(c.descriptionRu());
        form.setDescriptionEn(c.descriptionEn());
        form.setPassMark(c.kind() == CourseKind.ORIENTATION ? 50 : 60);
        form.setMinAttendance(80);
        form.setModules(new ArrayList<>(DemoCourses.modules(c).stream().map(ModuleForm::of).toList()));
        return form;
    }
}
