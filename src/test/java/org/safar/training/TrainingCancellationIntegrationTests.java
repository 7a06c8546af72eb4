package org.safar.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Cancelling a session: by a supervisor of its office, with a reason, before it finished. Its people stay listed
 * as cancelled, the waiting list stays put, nothing more is recorded, and the world is told by an event.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
@RecordApplicationEvents
class TrainingCancellationIntegrationTests {

    private static final String CANCELLED = "This session was cancelled; nothing more can be recorded in it.";

    @Autowired MockMvc mvc;
    @Autowired StaffFixtures staff;
    @Autowired AccessTokens tokens;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired TrainingFixtures fixtures;
    @Autowired Enrolments enrolments;
    @Autowired Sessions sessions;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request) {
        return api(username, request, "en");
    }

    private MockHttpServletRequestBuilder api(String username, MockHttpServletRequestBuilder request,
            String language) {
        String secret = tokens.issue((StaffUser) userDetails.loadUserByUsername(username), "cancel test",
                LocalDate.now().plusDays(1)).secret();
        return request.header("Authorization", "Bearer " + secret).header("Accept-Language", language)
                .contentType("application/json");
    }

    private long userId(String username) {
        return users.byUsername(username).orElseThrow().id();
    }

    /** A session at a UZ-FA centre that began ten days ago and ends in three, with one place, taught by trainer. */
    private long runningSession(String trainer) {
        LocalDate today = LocalDate.now();
        return fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"), today.minusDays(10),
                today.plusDays(3), 1, List.of(userId(trainer)));
    }

    private String storedStatus(long session, PersonId person) {
        return jdbc.sql("select status from training_enrolment where session_id = ? and person_id = ?")
                .params(session, person.value()).query(String.class).single();
    }

    @Test
    void aSupervisorCancelsARunningSessionAndItsPeopleReadCancelledWhileTheWaitingListStaysPut() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        long session = runningSession(staff.newUserIn("UZ-FA", Role.TRAINER));
        PersonId holder = fixtures.person();
        PersonId waiting = fixtures.person();
        TrainingFixtures.as(() -> {
            enrolments.enrol(session, holder);
            enrolments.enrol(session, waiting);
        });
        String reference = sessions.byId(session).orElseThrow().reference();

        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + session + "/cancel"))
                .content("{\"reason\": \"The trainer fell ill and no one can replace her\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value("The trainer fell ill and no one can replace her"))
                .andExpect(jsonPath("$.cancelledBy").value(userId(supervisor)));

        assertThat(events.stream(TrainingSessionCancelled.class)).singleElement().satisfies(cancelled -> {
            assertThat(cancelled.reference()).isEqualTo(reference);
            assertThat(cancelled.courseCode()).startsWith("T");
            assertThat(cancelled.startsOn()).isEqualTo(LocalDate.now().minusDays(10));
            assertThat(cancelled.enrolled()).containsExactly(holder);
            assertThat(cancelled.waiting()).containsExactly(waiting);
        });
        assertThat(jdbc.sql("select summary from audit_event where action = 'SESSION_CANCELLED' and entity_id = ?")
                .param(reference).query(String.class).list()).singleElement().asString()
                .contains("1 enrolled, 1 waiting", "fell ill");

        mvc.perform(api(supervisor, get("/api/v1/training/sessions/" + session + "/enrolments")))
                .andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("CANCELLED"))));
        long held = enrolments.of(session).get(0).id();
        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + session + "/enrolments/" + held
                + "/withdraw"))).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(CANCELLED));
        assertThat(storedStatus(session, holder)).isEqualTo("ENROLLED");
        assertThat(storedStatus(session, waiting)).as("nobody moves up").isEqualTo("WAITING");
        assertThat(events.stream(EnrolmentMovedUp.class)).isEmpty();

        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + session + "/cancel"))
                .content("{\"reason\": \"again\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This session is already cancelled."));
    }

    @Test
    void nothingIsRecordedInACancelledSession() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        long session = runningSession(trainer);
        PersonId person = fixtures.person();
        TrainingFixtures.as(() -> enrolments.enrol(session, person));
        long enrolment = enrolments.of(session).get(0).id();
        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + session + "/cancel"))
                .content("{\"reason\": \"Centre flooded\"}")).andExpect(status().isOk());
        LocalDate classDay = sessions.byId(session).orElseThrow().classDates().get(0);

        mvc.perform(api(trainer, put("/api/v1/training/sessions/" + session + "/attendance")).content(
                "{\"enrolmentId\": %d, \"day\": \"%s\", \"present\": true}".formatted(enrolment, classDay)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(CANCELLED));
        mvc.perform(api(trainer, post("/api/v1/training/sessions/" + session + "/results")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(CANCELLED));
        mvc.perform(api(trainer, post("/api/v1/training/sessions/" + session + "/certificates")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(CANCELLED));
        mvc.perform(api(trainer, post("/api/v1/training/sessions/" + session + "/enrolments"))
                .content("{\"personId\": " + fixtures.person().value() + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(CANCELLED));
        mvc.perform(post("/training/sessions/" + session + "/assessments").with(user(userDetails
                .loadUserByUsername(trainer))).with(csrf()).header("Accept-Language", "ru").param("name", "Тест")
                .param("maxScore", "10")).andExpect(status().isConflict()).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                                org.hamcrest.Matchers.containsString("Группа отменена: в ней больше ничего нельзя записать.")));
        assertThat(jdbc.sql("select count(*) from training_attendance where enrolment_id = ?").param(enrolment)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select results_recorded_at is null from training_session where id = ?").param(session)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCancellationWithoutAReasonOrOfAFinishedSessionOrByTheWrongPersonChangesNothing() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        String otherTrainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        runningSession(otherTrainer);
        long session = runningSession(trainer);
        String cancel = "/api/v1/training/sessions/" + session + "/cancel";

        mvc.perform(api(supervisor, post(cancel), "ru").content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Укажите причину отмены."));
        mvc.perform(api(supervisor, post(cancel)).content("{\"reason\": \"" + "x".repeat(501) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(api(trainer, post(cancel)).content("{\"reason\": \"I am tired\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(api(otherTrainer, post(cancel)).content("{\"reason\": \"Not mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(api(staff.newUserIn("UZ-SA", Role.SUPERVISOR), post(cancel)).content("{\"reason\": \"Far\"}"))
                .andExpect(status().isNotFound());

        LocalDate today = LocalDate.now();
        long finished = fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"),
                today.minusDays(14), today.minusDays(1), 5, List.of());
        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + finished + "/cancel"))
                .content("{\"reason\": \"Too late\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "This session has finished; only a session that has not finished can be cancelled."));

        assertThat(jdbc.sql("select count(*) from training_session where id in (?, ?) and status = 'SCHEDULED'")
                .params(session, finished).query(Long.class).single()).isEqualTo(2);
        assertThat(events.stream(TrainingSessionCancelled.class)).isEmpty();
    }

    @Test
    void aCancelledSessionLeavesTheUpcomingListsAndIsFoundByItsStatus() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        LocalDate today = LocalDate.now();
        long session = fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"),
                today.plusDays(5), today.plusDays(20), 10, List.of(userId(trainer)));
        String link = "/training/sessions/" + session + "\"";
        var asTrainer = user(userDetails.loadUserByUsername(trainer));
        assertThat(page(get("/training").with(asTrainer))).contains(link);

        mvc.perform(api(supervisor, post("/api/v1/training/sessions/" + session + "/cancel"))
                .content("{\"reason\": \"Too few people\"}")).andExpect(status().isOk());

        assertThat(page(get("/training").with(asTrainer))).doesNotContain(link);
        assertThat(page(get("/training").with(user(userDetails.loadUserByUsername(supervisor))))).doesNotContain(link);
        assertThat(page(get("/training").param("status", "CANCELLED").with(asTrainer))).contains(link)
                .contains("bekor qilingan");
        assertThat(page(get("/training").param("all", "true").with(asTrainer))).contains(link);
        mvc.perform(api(trainer, get("/api/v1/training/sessions")).param("status", "SCHEDULED"))
                .andExpect(jsonPath("$[?(@.id == " + session + ")]").isEmpty());
        mvc.perform(api(trainer, get("/api/v1/training/sessions")).param("status", "CANCELLED"))
                .andExpect(jsonPath("$[?(@.id == " + session + ")].cancelReason").value("Too few people"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "uz")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
