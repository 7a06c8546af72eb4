package org.safar.training.api;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.safar.training.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The training API with personal access tokens: the same rules as the pages, errors as translated problems. */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class TrainingApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired StaffFixtures staff;
    @Autowired AccessTokens tokens;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired TrainingFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return as(username, request, "en");
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request, String language) {
        String secret = tokens.issue((StaffUser) userDetails.loadUserByUsername(username), "training API test",
                LocalDate.now().plusDays(1)).secret();
        return request.header("Authorization", "Bearer " + secret).header("Accept-Language", language);
    }

    @Test
    void aTrainerEnrolsAPersonInTheirSessionAndReadsTheList() throws Exception {
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        LocalDate today = LocalDate.now();
        long session = fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"),
                today.plusDays(1), today.plusDays(20), 1, List.of(users.byUsername(trainer).orElseThrow().id()));
        PersonId first = fixtures.person();
        PersonId second = fixtures.person();

        mvc.perform(as(trainer, post("/api/v1/training/sessions/" + session + "/enrolments"))
                .contentType("application/json").content("{\"personId\": " + first.value() + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"));
        mvc.perform(as(trainer, post("/api/v1/training/sessions/" + session + "/enrolments"))
                .contentType("application/json").content("{\"personId\": " + second.value() + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITING"));
        mvc.perform(as(trainer, post("/api/v1/training/sessions/" + session + "/enrolments"))
                .contentType("application/json").content("{\"personId\": " + first.value() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This person is already in the session or on its waiting list."));
        mvc.perform(as(trainer, post("/api/v1/training/sessions/" + session + "/enrolments"))
                .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(trainer, get("/api/v1/training/sessions/" + session + "/enrolments")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(as(trainer, get("/api/v1/training/courses"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'KR-ORI')].destinationCountry").value("KR"));
    }

    @Test
    void onlyASupervisorRevokesAndAnAnalystReadsNothing() throws Exception {
        String code = jdbc.sql("""
                select c.code from training_certificate c join training_enrolment e on e.id = c.enrolment_id
                  join training_session s on s.id = e.session_id join training_centre t on t.id = s.centre_id
                 where c.revoked_at is null and t.code = 'SAM-1' order by c.id desc limit 1""")
                .query(String.class).single();
        mvc.perform(as("analyst", get("/api/v1/training/certificates/" + code))).andExpect(status().isForbidden());
        mvc.perform(as("trainer", post("/api/v1/training/certificates/" + code + "/revoke"))
                .contentType("application/json").content("{\"reason\": \"test\"}")).andExpect(status().isForbidden());
        mvc.perform(as("supervisor", post("/api/v1/training/certificates/" + code + "/revoke"))
                .contentType("application/json").content("{\"reason\": \"\"}")).andExpect(status().isBadRequest());
        mvc.perform(as("supervisor", post("/api/v1/training/certificates/" + code + "/revoke"))
                .contentType("application/json").content("{\"reason\": \"Exam fraud\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(true));
    }

    @Test
    void aCourseAndASessionAreCreatedThroughTheApiAndBadFieldsAreNamed() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String code = "API-" + System.nanoTime() % 1_000_000;
        String course = """
                {"code": "%s", "kind": "LANGUAGE", "destinationCountry": "TR", "nameUz": "Turk tili",
                 "nameUzCyrl": "Турк тили", "nameRu": "Турецкий язык", "nameEn": "Turkish",
                 "passMark": 60, "minAttendance": 75, "active": true,
                 "modules": [{"nameUz": "A1 daraja", "nameRu": "Уровень A1", "hours": 40},
                             {"nameEn": "Level A2", "hours": 40}]}""";
        mvc.perform(as(supervisor, post("/api/v1/training/courses")).contentType("application/json")
                .content(course.formatted(code))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.modules.length()").value(2));
        mvc.perform(as(supervisor, post("/api/v1/training/courses")).contentType("application/json")
                .content(course.formatted(code).replace("\"nameEn\": \"Turkish\"", "\"nameEn\": \"\""))
                ).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Another course has this code."))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')].message")
                        .value("Enter the name in this language."));
        mvc.perform(as("trainer", post("/api/v1/training/sessions")).contentType("application/json")
                .content("{}")).andExpect(status().isForbidden());
        long centre = fixtures.centre("UZ-FA");
        long courseId = fixtures.courseId(code);
        String trainer = Long.toString(users.byUsername(staff.newUserIn("UZ-FA", Role.TRAINER)).orElseThrow().id());
        mvc.perform(as(supervisor, post("/api/v1/training/sessions")).contentType("application/json")
                .content("""
                        {"courseId": %d, "centreId": %d, "startsOn": "2027-02-01", "endsOn": "2027-01-01",
                         "classDays": [1, 3], "startsAt": "09:00", "endsAt": "12:00", "capacity": 10,
                         "trainerIds": [%s]}""".formatted(courseId, centre, trainer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(as(supervisor, post("/api/v1/training/sessions")).contentType("application/json")
                .content("""
                        {"courseId": %d, "centreId": %d, "startsOn": "2027-02-01", "endsOn": "2027-02-26",
                         "classDays": [1, 3], "startsAt": "09:00", "endsAt": "12:00", "capacity": 10,
                         "trainerIds": [%s]}""".formatted(courseId, centre, trainer)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reference").exists());
    }

    @Test
    void courseModulesTravelThroughTheApiInFourLanguages() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String code = "RT-" + System.nanoTime() % 1_000_000;
        String course = """
                {"code": "%s", "kind": "VOCATIONAL", "nameUz": "Oshpazlik", "nameUzCyrl": "Ошпазлик",
                 "nameRu": "Кулинария", "nameEn": "Cooking", "passMark": 60, "minAttendance": 80, "active": true,
                 "modules": %s}""";
        mvc.perform(as(supervisor, post("/api/v1/training/courses")).contentType("application/json")
                .content(course.formatted(code, """
                        [{"nameUz": "Gigiyena", "nameUzCyrl": "Гигиена", "nameRu": "Гигиена", "nameEn": "Hygiene",
                          "hours": 6}, {"nameRu": "Выпечка", "hours": 20}]""")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.modules[0].nameEn").value("Hygiene"))
                .andExpect(jsonPath("$.modules[1].nameRu").value("Выпечка"))
                .andExpect(jsonPath("$.modules[1].nameUz").doesNotExist());
        mvc.perform(as(supervisor, put("/api/v1/training/courses/" + code)).contentType("application/json")
                .content(course.formatted(code, """
                        [{"nameUz": "Gigiyena", "nameEn": "Kitchen hygiene", "hours": 8}]""")))
                .andExpect(status().isOk());
        mvc.perform(as("trainer", get("/api/v1/training/courses/" + code.toLowerCase()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.modules.length()").value(1))
                .andExpect(jsonPath("$.modules[0].nameEn").value("Kitchen hygiene"))
                .andExpect(jsonPath("$.modules[0].hours").value(8));
        mvc.perform(as(supervisor, put("/api/v1/training/courses/" + code), "uz").contentType("application/json")
                .content(course.formatted(code, """
                        [{"nameUz": "Gigiyena", "hours": 8}, {"nameRu": " ", "hours": 4}]""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("modules[1].nameUz"))
                .andExpect(jsonPath("$.errors[0].message").value("2-modul: nomini kamida bitta tilda yozing."));
        mvc.perform(as("trainer", get("/api/v1/training/courses/" + code)))
                .andExpect(jsonPath("$.modules[0].nameEn").value("Kitchen hygiene"));
    }

    @Test
    void theOpenApiDocumentDescribesTheTrainingApi() throws Exception {
        String document = mvc.perform(get("/api/docs/openapi.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(document).contains("/api/v1/training/sessions/{id}/enrolments", "/api/v1/training/courses",
                "/api/v1/training/certificates/{code}/revoke", "/api/v1/training/sessions/{id}/attendance",
                "/api/v1/training/sessions/{id}/cancel", "Cancel a session that has not finished, with a reason",
                "/api/v1/training/courses/{code}");
    }
}
