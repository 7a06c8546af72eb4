package org.safar.training.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PeopleFixtures;
import org.safar.people.registry.Registration;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.training.TrainingFixtures;
import org.safar.training.sessions.Attendance;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The whole journey in Chromium: a supervisor schedules a session and enrols two people (in Russian), the
 * trainer marks attendance on a phone, scores, records results and issues certificates (in Uzbek), the PDF
 * carries both names and the code, the public check says valid and, once the supervisor revokes it, revoked.
 */
@BrowserTest
class TrainingBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired StaffFixtures staff;
    @Autowired Users users;
    @Autowired TrainingFixtures fixtures;
    @Autowired PeopleFixtures people;
    @Autowired Enrolments enrolments;
    @Autowired Sessions sessions;
    @Autowired Attendance attendance;

    @Test
    void aSessionRunsFromSchedulingToAVerifiedAndThenRevokedCertificate(Browsing browsing) throws IOException {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        String trainer = staff.newUserIn("UZ-FA", Role.TRAINER);
        String trainerName = users.byUsername(trainer).orElseThrow().fullName();
        String course = fixtures.course();
        long centre = fixtures.centre("UZ-FA");
        String unique = PeopleFixtures.Name.random().givenCyrl();
        Registration passing = PeopleFixtures.latin(PeopleFixtures.Name.random(), LocalDate.of(1994, 5, 2));
        passing.setFamilyName("Қўчқорова");
        passing.setGivenNames("Ҳилола" + unique.toLowerCase());
        passing.setPatronymic("Ғайратовна");
        PersonId passer = people.register(passing);
        Registration failing = PeopleFixtures.latin(PeopleFixtures.Name.random(), LocalDate.of(1990, 1, 9));
        failing.setGivenNames("Gʻayrat" + ScriptTransliteration.toLatin(unique).toLowerCase());
        people.register(failing);
        String latinName = ScriptTransliteration.toLatin("Қўчқорова Ҳилола" + unique.toLowerCase() + " Ғайратовна");
        LocalDate from = LocalDate.now().minusDays(13);
        LocalDate to = LocalDate.now().minusDays(1);

        // The supervisor schedules and enrols, in Russian.
        Page office = browsing.visitor(new Browser.NewContextOptions().setLocale("ru-RU"));
        signIn(office, supervisor);
        office.navigate("/training/sessions/new");
        office.locator("#courseId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(course + " — Подготовка к Корее " + course));
        office.locator("#centreId").selectOption(Long.toString(centre));
        office.locator("#startsOn").fill(from.toString());
        office.locator("#endsOn").fill(to.toString());
        office.locator("label", new Page.LocatorOptions().setHasText(trainerName)).locator("input").check();
        office.locator("form.form button.primary").click();
        assertThat(office.locator("p.alert.ok")).hasText("Группа назначена. Запишите людей ниже.");
        long session = Long.parseLong(office.url().replaceAll(".*/sessions/(\\d+).*", "$1"));
        for (String name : List.of("Қўчқорова Ҳилола" + unique.toLowerCase(), failing.getFamilyName() + " "
                + failing.getGivenNames())) {
            office.locator("input[name=q]").fill(name);
            office.locator("form.search button").click();
            office.locator("ul.hits li").first().locator("button").click();
            assertThat(office.locator("p.alert.ok")).hasText("Записан.");
        }
        assertThat(office.locator("table.people tbody tr")).hasCount(2);

        // The trainer marks attendance on a phone, in Uzbek: one tap a person.
        Page phone = browsing.visitor(new Browser.NewContextOptions().setViewportSize(375, 740).setLocale("uz"));
        signIn(phone, trainer);
        phone.navigate("/training/sessions/" + session);
        phone.locator("a.button", new Page.LocatorOptions().setHasText("Davomatni belgilash")).click();
        var taps = phone.locator("button.tap");
        assertThat(taps).hasCount(2);
        taps.nth(0).click();
        assertThat(taps.nth(0)).hasClass(java.util.regex.Pattern.compile("present"));
        taps.nth(1).click();
        assertThat(taps.nth(1).locator(".state")).hasText("keldi");
        taps.nth(1).click();
        assertThat(taps.nth(1).locator(".state")).hasText("kelmadi");
        phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("training-attendance-uz-375x740.png")));
        markOtherDays(session, passer);

        // Scores, results and certificates.
        phone.navigate("/training/sessions/" + session);
        phone.locator("input[name=name]").fill("Yakuniy test");
        phone.locator("input[name=maxScore]").fill("50");
        phone.locator("form.filters button", new Page.LocatorOptions().setHasText("Sinov qoʻshish")).click();
        var scoreInputs = phone.locator("input[id^=score-]");
        var labels = phone.locator("form.form label");
        for (int i = 0; i < 2; i++) {
            boolean isPasser = labels.nth(i).textContent().contains("Qoʻchqorova");
            scoreInputs.nth(i).fill(isPasser ? "45" : "20");
        }
        phone.locator("form.form button.primary").click();
        phone.onDialog(dialog -> dialog.accept());
        phone.locator("#record-results").click();
        assertThat(phone.locator("p.alert.ok")).hasText("Natijalar qayd etildi.");
        phone.locator("#issue-certificates").click();
        assertThat(phone.locator("p.alert.ok")).hasText("1 ta sertifikat berildi.");
        phone.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("training-session-uz-375x740.png")));
        phone.locator("ul.certificates a").first().click();
        String code = phone.locator("h1").textContent().replaceAll(".*\\s", "").strip();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        // The PDF: both names, the code, the verification address; rendered for a person to look at.
        byte[] pdf = phone.request().get("/training/certificates/" + code + "/pdf").body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(latinName, "Қўчқорова Ҳилола" + unique.toLowerCase() + " Ғайратовна", code,
                    "/verify/" + code);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(image, "png", SCREENSHOTS.resolve("training-certificate.png").toFile());
        }

        // Anyone checks it publicly, in English on a phone; then in Uzbek Cyrillic after it was revoked.
        Page visitor = browsing.visitor(new Browser.NewContextOptions().setViewportSize(375, 740).setLocale("en"));
        visitor.navigate("/verify");
        visitor.locator("#code").fill(code.toLowerCase().replace("-", " "));
        visitor.locator("form.stack button").click();
        assertThat(visitor.locator("#verdict")).hasText("This certificate is valid.");
        assertThat(visitor.locator("#holder")).hasText(latinName);
        visitor.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("verify-valid-en-375x740.png")));

        office.navigate("/training/certificates/" + code);
        office.onDialog(dialog -> dialog.accept());
        office.locator("#reason").fill("Ошибка в документах");
        office.locator("#revoke").click();
        assertThat(office.locator("p.alert.ok")).hasText("Сертификат отозван.");

        Page cyrillic = browsing.visitor(new Browser.NewContextOptions().setLocale("uz-Cyrl"));
        cyrillic.navigate("/verify/" + code);
        assertThat(cyrillic.locator("#verdict")).hasText("Сертификат бекор қилинган ва энди амалда эмас.");
        assertThat(cyrillic.locator("#holder")).hasText("Қўчқорова Ҳилола" + unique.toLowerCase() + " Ғайратовна");
        cyrillic.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("verify-revoked-uz-Cyrl-1280x800.png")));
    }

    @Test
    void aCaseWorkerIsRefusedTheTrainingPages(Page page) {
        signIn(page, staff.newUser(Role.CASE_WORKER));
        var response = page.navigate("/training");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
    }

    /** Not a check: the training pages on a laptop and a phone in two languages, for a person to look at. */
    @Test
    void theTrainingPagesArePhotographedForReview(Browsing browsing) {
        String supervisor = staff.newUser(Role.SUPERVISOR);
        long session = sessions.visibleTo(new org.safar.platform.security.StaffUser(0, "x", "x",
                java.util.EnumSet.of(Role.SUPERVISOR), java.util.Set.of(), true, false, null, true, false), null,
                false, 50).stream().filter(Session::resultsRecorded).findFirst().orElseThrow().id();
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            for (String language : List.of("uz", "ru")) {
                Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                        .setLocale(language));
                signIn(page, supervisor);
                String suffix = "-" + language + "-" + size[0] + "x" + size[1] + ".png";
                for (String[] shot : List.of(new String[] { "/training", "training-home" },
                        new String[] { "/training/sessions/" + session, "training-past-session" },
                        new String[] { "/training/courses", "training-courses" },
                        new String[] { "/training/reports", "training-reports" },
                        new String[] { "/training/sessions/new", "training-new-session" })) {
                    page.navigate(shot[0]);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SCREENSHOTS.resolve(shot[1] + suffix)));
                }
                page.context().close();
            }
        }
    }

    /**
     * A supervisor cancels an upcoming session on its page — first without a reason, then with one — in Russian on
     * a laptop and in Uzbek on a phone; the course list names the demo modules in the reader's language. The
     * form, the cancelled session, the course list and the course form are photographed for review.
     */
    @Test
    void aSupervisorCancelsASessionOnItsPageAndCourseModulesReadInTheirLanguage(Browsing browsing) {
        String supervisor = staff.newUserIn("UZ-FA", Role.SUPERVISOR);
        LocalDate today = LocalDate.now();
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            for (String language : List.of("ru", "uz")) {
                boolean ru = language.equals("ru");
                long session = fixtures.session(fixtures.courseId(fixtures.course()), fixtures.centre("UZ-FA"),
                        today.plusDays(3), today.plusDays(24), 2, List.of());
                TrainingFixtures.as(() -> List.of(fixtures.person(), fixtures.person(), fixtures.person())
                        .forEach(person -> enrolments.enrol(session, person)));
                Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                        .setLocale(language));
                page.onDialog(dialog -> dialog.accept());
                signIn(page, supervisor);
                String suffix = "-" + language + "-" + size[0] + "x" + size[1] + ".png";

                page.navigate("/training/sessions/" + session);
                page.locator("details#cancel summary").click();
                page.locator("#cancel-session").click();
                assertThat(page.locator("#cancel-reason-error")).hasText(ru ? "Укажите причину отмены."
                        : "Bekor qilish sababini yozing.");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("training-cancel-form" + suffix)));
                String reason = ru ? "Преподаватель заболел, замены нет" : "Oʻqituvchi kasal, oʻrinbosar yoʻq";
                page.locator("#cancel-reason").fill(reason);
                page.locator("#cancel-session").click();
                assertThat(page.locator("p.alert.ok")).hasText(ru ? "Группа отменена." : "Mashgʻulot bekor qilindi.");
                assertThat(page.locator("#cancelled-session .cancel-reason")).hasText(reason);
                assertThat(page.locator("table.people tbody tr").first().locator("td").nth(1))
                        .hasText(ru ? "отменено" : "bekor qilingan");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("training-cancelled-session" + suffix)));

                page.navigate("/training/courses");
                var korea = page.locator("tr", new Page.LocatorOptions().setHasText("KR-ORI"));
                assertThat(korea).containsText(ru ? "Трудовое законодательство Кореи (6)"
                        : "Koreya mehnat qonunchiligi (6)");
                korea.scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("training-course-modules"
                        + suffix)));
                page.navigate("/training/courses/new");
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("training-course-form" + suffix)));
                page.context().close();
            }
        }
    }

    /** Marks the passing person present on every other class day, as the trainer would have done each day. */
    private void markOtherDays(long sessionId, PersonId passer) {
        Session session = sessions.byId(sessionId).orElseThrow();
        Enrolment enrolment = enrolments.enrolled(sessionId).stream().filter(e -> e.person().equals(passer))
                .findFirst().orElseThrow();
        TrainingFixtures.as(() -> session.classDates().forEach(day -> attendance.mark(session, enrolment.id(), day,
                true)));
    }

    private void signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
    }
}
