package org.safar.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.platform.accounts.Offices;
import org.safar.training.catalogue.Catalogue;
import org.safar.training.catalogue.CentreForm;
import org.safar.training.catalogue.CourseForm;
import org.safar.training.catalogue.Courses;
import org.safar.training.catalogue.ModuleForm;
import org.safar.training.sessions.Scheduling;
import org.safar.training.sessions.SessionForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Courses, centres, sessions and people for training tests: every course and centre gets a fresh code, and a
 * session by default ran on weekdays for the two weeks before today, so results can be recorded at once.
 */
@Component
public class TrainingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Catalogue catalogue;
    private final Scheduling scheduling;
    private final PeopleFixtures people;
    private final Offices offices;
    private final Courses courses;

    TrainingFixtures(Catalogue catalogue, Scheduling scheduling, PeopleFixtures people, Offices offices,
            Courses courses) {
        this.courses = courses;
        this.catalogue = catalogue;
        this.scheduling = scheduling;
        this.people = people;
        this.offices = offices;
    }

    /** A course with two modules (4 + 8 hours), pass mark 60%, minimum attendance 80%. */
    public String course() {
        String code = "T" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
        CourseForm form = new CourseForm();
        form.setCode(code);
        form.setKind(CourseKind.ORIENTATION);
        form.setDestinationCountry("KR");
        form.setNameUz("Koreyaga tayyorgarlik " + code);
        form.setNameUzCyrl("Кореяга тайёргарлик " + code);
        form.setNameRu("Подготовка к Корее " + code);
        form.setNameEn("Orientation for Korea " + code);
        form.setPassMark(60);
        form.setMinAttendance(80);
        form.setModules(new ArrayList<>(List.of(module("Huquqlar", "Ҳуқуқлар", "Права", "Rights", 4),
                module("Xavfsizlik", "Хавфсизлик", "Безопасность", "Safety", 8))));
        as(() -> catalogue.create(form, form.parsedModules(new BeanPropertyBindingResult(form, "form"))));
        return code;
    }

    /** A module row as typed in the course form; a name left {@code null} was not typed. */
    public static ModuleForm module(String uz, String uzCyrl, String ru, String en, Integer hours) {
        ModuleForm module = new ModuleForm();
        module.setNameUz(uz);
        module.setNameUzCyrl(uzCyrl);
        module.setNameRu(ru);
        module.setNameEn(en);
        module.setHours(hours);
        return module;
    }

    public long courseId(String code) {
        return courses.byCode(code).orElseThrow().id();
    }

    public boolean courseExists(String code) {
        return courses.byCode(code).isPresent();
    }

    /** A centre run by the office with {@code officeCode}. */
    public long centre(String officeCode) {
        String code = "C" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
        CentreForm form = new CentreForm();
        form.setCode(code);
        form.setNameUz("Fargʻona markazi " + code);
        form.setNameUzCyrl("Фарғона маркази " + code);
        form.setNameRu("Ферганский центр " + code);
        form.setNameEn("Fargʻona centre " + code);
        form.setRegionCode("UZ-FA");
        form.setAddress("Mustaqillik 1");
        form.setOfficeId(offices.byCode(officeCode).orElseThrow().id());
        long[] id = new long[1];
        as(() -> id[0] = catalogue.create(form));
        return id[0];
    }

    /** A session of the course at the centre, on weekdays from {@code from} to {@code to}. */
    public long session(long courseId, long centreId, LocalDate from, LocalDate to, int capacity, List<Long> trainers) {
        SessionForm form = new SessionForm();
        form.setCourseId(courseId);
        form.setCentreId(centreId);
        form.setStartsOn(from);
        form.setEndsOn(to);
        form.setClassDays(new ArrayList<>(List.of(1, 2, 3, 4, 5)));
        form.setStartsAt(LocalTime.of(9, 0));
        form.setEndsAt(LocalTime.of(12, 0));
        form.setCapacity(capacity);
        form.setTrainerIds(new ArrayList<>(trainers));
        long[] id = new long[1];
        as(() -> id[0] = scheduling.schedule(form));
        return id[0];
    }

    /** A person registered with a made-up Latin name. */
    public PersonId person() {
        long[] id = new long[1];
        as(() -> id[0] = people.register(PeopleFixtures.latin(PeopleFixtures.Name.random(),
                LocalDate.of(1995, 3, 14))).value());
        return PersonId.of(id[0]);
    }

    /** Runs {@code work} as the system, as a demo loader would, unless someone is signed in already. */
    public static void as(Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        if (previous == null) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "test-fixture", null, AuthorityUtils.NO_AUTHORITIES));
        }
        try {
            work.run();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
