package org.safar.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.training.TrainingFixtures;
import org.safar.training.sessions.Enrolments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff pages: who may open which session, forms that come back with every value and a message naming the
 * field, one-tap attendance with and without htmx, the XLSX report and the profile section.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class TrainingPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired StaffFixtures staff;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired TrainingFixtures fixtures;
    @Autowired Enrolments enrolments;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long sessionTaughtBy(String trainer, String officeCode) {
        LocalDate today = LocalDate.now();
        return fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre(officeCode),
                today.minusDays(10), today.plusDays(3), 10, List.of(users.byUsername(trainer).orElseThrow().id()));
    }

    @Test
    void aTrainerSeesTheSessionsTheyTeachAndNoOthers() throws Exception {
        String mine = staff.newUserIn("UZ-FA", Role.TRAINER);
        String other = staff.newUserIn("UZ-FA", Role.TRAINER);
        long session = sessionTaughtBy(mine, "UZ-FA");

        String list = mvc.perform(get("/training").with(as(mine))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("/training/sessions/" + session);
        mvc.perform(get("/training/sessions/" + session).with(as(mine))).andExpect(status().isOk());
        mvc.perform(get("/training/sessions/" + session).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/training").with(as(other))).andExpect(content().string(
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/training/sessions/" + session))));
    }

    @Test
    void aSupervisorOfAnotherOfficeCannotOpenTheSessionAndOtherRolesAreRefused() throws Exception {
        long session = sessionTaughtBy(staff.newUserIn("UZ-FA", Role.TRAINER), "UZ-FA");
        String elsewhere = staff.newUserIn("UZ-SA", Role.SUPERVISOR);
        String here = staff.newUserIn("UZ-FA", Role.SUPERVISOR);

        mvc.perform(get("/training/sessions/" + session).with(as(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/training/sessions/" + session).with(as(here))).andExpect(status().isOk());
        mvc.perform(get("/training").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/training/reports").with(as("trainer"))).andExpect(status().isForbidden());
        mvc.perform(post("/training/sessions/" + session + "/results").with(as("auditor")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSessionFormWithMistakesComesBackWithTheValuesAndSaysWhatIsWrong() throws Exception {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        long centre = fixtures.centre("UZ-FA");
        String page = mvc.perform(post("/training/sessions/new").with(as(supervisor)).with(csrf())
                .header("Accept-Language", "en")
                .param("courseId", Long.toString(fixtures.courseId(fixtures.course())))
                .param("centreId", Long.toString(centre)).param("startsOn", "2026-12-10").param("endsOn", "2026-12-01")
                .param("classDays", "1").param("startsAt", "09:00").param("endsAt", "08:00").param("capacity", "700"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Please correct the marked fields.",
                "The last day must be on or after the first, within a year.", "The class must end after it starts.",
                "Enter the number of places, 1 to 500.", "Choose at least one trainer.", "value=\"2026-12-10\"",
                "value=\"700\"");
    }

    @Test
    void aModuleRowWithoutANameOrHoursIsRefusedNamingTheRowAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/training/courses/new").with(as("supervisor")).with(csrf())
                .header("Accept-Language", "ru").param("code", "BAD-" + System.nanoTime() % 100000)
                .param("kind", "LANGUAGE").param("nameUz", "Til").param("nameUzCyrl", "Тил").param("nameRu", "Язык")
                .param("nameEn", "Language").param("passMark", "60").param("minAttendance", "80")
                .param("modules[0].nameUz", "Alifbo").param("modules[0].hours", "10")
                .param("modules[1].hours", "12")
                .param("modules[2].nameRu", "Грамматика").param("modules[2].hours", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Модуль 2: укажите название хотя бы на одном языке.",
                "Модуль 3: укажите часы, от 1 до 1000.", "value=\"Alifbo\"", "value=\"Грамматика\"");
        String empty = mvc.perform(post("/training/courses/new").with(as("supervisor")).with(csrf())
                .header("Accept-Language", "en").param("code", "NONE-" + System.nanoTime() % 100000)
                .param("kind", "LANGUAGE").param("nameUz", "Til").param("nameUzCyrl", "Тил").param("nameRu", "Язык")
                .param("nameEn", "Language").param("passMark", "60").param("minAttendance", "80"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("List at least one module with its hours.");
    }

    @Test
    void moduleNamesAreShownInTheReadersLanguageOrElseInAnotherOne() throws Exception {
        String code = "MOD-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/training/courses/new").with(as("supervisor")).with(csrf()).param("code", code)
                .param("kind", "VOCATIONAL").param("nameUz", "Payvandlash").param("nameUzCyrl", "Пайвандлаш")
                .param("nameRu", "Сварка").param("nameEn", "Welding").param("passMark", "60")
                .param("minAttendance", "80")
                .param("modules[0].nameUz", "Xavfsizlik texnikasi").param("modules[0].nameUzCyrl", "Хавфсизлик техникаси")
                .param("modules[0].nameRu", "Техника безопасности").param("modules[0].nameEn", "Safety at work")
                .param("modules[0].hours", "8")
                .param("modules[1].nameRu", "Аргонная сварка").param("modules[1].hours", "24"))
                .andExpect(status().is3xxRedirection());

        assertThat(courseRow(code, "uz")).contains("Xavfsizlik texnikasi (8)", "Аргонная сварка (24)");
        assertThat(courseRow(code, "uz-Cyrl")).contains("Хавфсизлик техникаси (8)", "Аргонная сварка (24)");
        assertThat(courseRow(code, "en")).contains("Safety at work (8)", "Аргонная сварка (24)")
                .doesNotContain("Техника безопасности");
        String form = mvc.perform(get("/training/courses/" + fixtures.courseId(code) + "/edit").with(as("supervisor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Аргонная сварка\"", "name=\"modules[4].nameEn\"");
    }

    @Test
    void moreModuleRowsAreOfferedWithoutSavingAnythingOrShowingErrors() throws Exception {
        String code = "ROWS-" + System.nanoTime() % 100000;
        var typed = post("/training/courses/new").with(as("supervisor")).with(csrf()).header("Accept-Language", "ru")
                .param("code", code).param("kind", "LANGUAGE").param("nameUz", "Til").param("passMark", "60")
                .param("minAttendance", "80");
        for (int row = 0; row < 4; row++) {
            typed.param("modules[" + row + "].nameRu", "Модуль номер " + (row + 1)).param("modules[" + row + "].hours",
                    "6");
        }
        String page = mvc.perform(typed.param("modules[4].nameRu", "").param("moreRows", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"Модуль номер 4\"", "name=\"modules[6].nameUz\"")
                .doesNotContain("name=\"modules[7].nameUz\"", "Исправьте отмеченные поля");
        var firstNewRow = java.util.regex.Pattern.compile("<input[^>]*name=\"modules\\[4\\]\\.nameUz\"[^>]*>")
                .matcher(page);
        assertThat(firstNewRow.find()).isTrue();
        assertThat(firstNewRow.group()).contains("autofocus");
        org.assertj.core.api.Assertions.assertThat(fixtures.courseExists(code)).isFalse();
    }

    /** The row of the course list that shows the course with {@code code}, as read in {@code language}. */
    private String courseRow(String code, String language) throws Exception {
        String page = mvc.perform(get("/training/courses").with(as("supervisor")).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int at = page.indexOf(">" + code + "<");
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void aSupervisorCancelsOnTheSessionPageWithAReasonAndEveryoneSeesWhyAndByWhom() throws Exception {
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        long session = sessionTaughtBy(trainer, "UZ-FA");
        TrainingFixtures.as(() -> enrolments.enrol(session, fixtures.person()));
        String path = "/training/sessions/" + session;

        assertThat(sessionPage(path, supervisor)).contains("id=\"cancel-session\"", "Отменить группу");
        assertThat(sessionPage(path, trainer)).doesNotContain("id=\"cancel-session\"");

        String refused = mvc.perform(post(path + "/cancel").with(as(supervisor)).with(csrf())
                .header("Accept-Language", "ru").param("reason", " ")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Укажите причину отмены.", "<details class=\"cancel-session\" id=\"cancel\" open");
        assertThat(sessionPage(path, trainer)).doesNotContain("cancelled-session");

        mvc.perform(post(path + "/cancel").with(as(trainer)).with(csrf()).param("reason", "Ill"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path + "/cancel").with(as(supervisor)).with(csrf()).param("reason", "Сломалось отопление"))
                .andExpect(status().is3xxRedirection());

        String cancelled = sessionPage(path, trainer);
        assertThat(cancelled).contains("id=\"cancelled-session\"", "Сломалось отопление",
                users.byUsername(supervisor).orElseThrow().fullName(), ">отменено<", "Итогов нет: группа отменена.")
                .doesNotContain("id=\"cancel-session\"", "name=\"q\"", "/attendance\"", "withdraw");
        String again = mvc.perform(post(path + "/cancel").with(as(supervisor)).with(csrf())
                .header("Accept-Language", "ru").param("reason", "Ещё раз")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Эта группа уже отменена.");
    }

    private String sessionPage(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)).header("Accept-Language", "ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void oneTapMarksAPersonPresentWithHtmxOrWithAPlainForm() throws Exception {
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        long session = sessionTaughtBy(trainer, "UZ-FA");
        PersonId person = fixtures.person();
        TrainingFixtures.as(() -> enrolments.enrol(session, person));
        long enrolment = enrolments.enrolled(session).get(0).id();
        LocalDate day = LocalDate.now().minusDays(10);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }

        String fragment = mvc.perform(post("/training/sessions/" + session + "/attendance").with(as(trainer))
                .with(csrf()).header("HX-Request", "true").param("enrolment", Long.toString(enrolment))
                .param("day", day.toString()).param("present", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("tap present").doesNotContain("<html");

        mvc.perform(post("/training/sessions/" + session + "/attendance").with(as(trainer)).with(csrf())
                .param("enrolment", Long.toString(enrolment)).param("day", day.toString()).param("present", "false"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/training/sessions/" + session + "/attendance").param("day", day.toString())
                .with(as(trainer))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("tap absent");
        mvc.perform(post("/training/sessions/" + session + "/attendance").with(as(trainer)).with(csrf())
                .param("enrolment", Long.toString(enrolment)).param("day", LocalDate.now().plusDays(2).toString())
                .param("present", "true")).andExpect(status().is4xxClientError());
    }

    @Test
    void aScoreThatIsNotANumberIsShownBackWithTheMessage() throws Exception {
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        long session = sessionTaughtBy(trainer, "UZ-FA");
        TrainingFixtures.as(() -> enrolments.enrol(session, fixtures.person()));
        long enrolment = enrolments.enrolled(session).get(0).id();
        String location = mvc.perform(post("/training/sessions/" + session + "/assessments").with(as(trainer))
                .with(csrf()).param("name", "Test").param("maxScore", "20")).andReturn().getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(post(location).with(as(trainer)).with(csrf()).header("Accept-Language", "en")
                .param("score-" + enrolment, "twelve")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Enter a number (at most 20).").contains("value=\"twelve\"");
    }

    @Test
    void theReportDownloadsAsAnXlsxWorkbook() throws Exception {
        var response = mvc.perform(get("/training/reports/xlsx").with(as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(ReportController.XLSX);
        assertThat(new String(response.getContentAsByteArray(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        String page = mvc.perform(get("/training/reports").with(as("analyst")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("training-chart").contains("KR-ORI").doesNotContain("<script>");
    }
}
