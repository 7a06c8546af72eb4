package org.safar.training.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.platform.accounts.Users;
import org.safar.training.catalogue.Centre;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.safar.training.sessions.Session;
import org.springframework.stereotype.Component;

/** Names for the pages: courses and centres by id, people in the reader's script, trainers by account. */
@Component
class TrainingDisplay {

    private final Courses courses;
    private final Centres centres;
    private final People people;
    private final Users users;

    TrainingDisplay(Courses courses, Centres centres, People people, Users users) {
        this.courses = courses;
        this.centres = centres;
        this.people = people;
        this.users = users;
    }

    /** A session as listed: with its course and centre. */
    record SessionRow(Session session, Course course, Centre centre) {
    }

    /** A person as shown in a list: id, reference and the name in the reader's script. */
    record ShownPerson(long id, String reference, String name, String region) {
    }

    List<SessionRow> rows(List<Session> sessions) {
        Map<Long, Course> courseById = courses.all().stream().collect(Collectors.toMap(Course::id, Function.identity()));
        Map<Long, Centre> centreById = centres.all().stream().collect(Collectors.toMap(Centre::id, Function.identity()));
        return sessions.stream().map(s -> new SessionRow(s, courseById.get(s.courseId()), centreById.get(s.centreId())))
                .toList();
    }

    ShownPerson person(long id, Locale locale) {
        return people.find(PersonId.of(id)).map(p -> shown(p, locale))
                .orElse(new ShownPerson(id, "—", "#" + id, null));
    }

    ShownPerson shown(PersonView p, Locale locale) {
        return new ShownPerson(p.id(), p.reference(), People.nameFor(p, locale), p.homeRegion());
    }

    List<String> trainerNames(List<Long> ids) {
        return ids.stream().map(id -> users.byId(id).map(u -> u.fullName()).orElse("#" + id)).toList();
    }

    List<Trainer> trainers() {
        return users.search(null, org.safar.platform.security.Role.TRAINER, null).stream()
                .filter(u -> u.enabled()).map(u -> new Trainer(u.id(), u.fullName())).toList();
    }

    /** A trainer to choose in the session form. */
    record Trainer(long id, String name) {
    }
}
