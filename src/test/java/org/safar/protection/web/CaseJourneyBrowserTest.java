package org.safar.protection.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.safar.platform.Language;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.protection.ProtectionCaseFixtures;
import org.safar.protection.cases.CaseTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The journey of a trafficking case abroad, in the browser: a consular officer in Moscow opens it from the
 * person's profile, assesses and plans; a supervisor approves the plan; the officer records a service; the
 * supervisor closes the case. The officer is refused what only a supervisor may do, and a case worker of another
 * office cannot open the case at all. Fresh accounts with the demo officer's roles and office (RU-MOW), so that
 * choosing a language never changes a shared demo account.
 */
@BrowserTest
@Import(ProtectionCaseFixtures.class)
class CaseJourneyBrowserTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    CaseTypes types;

    @Autowired
    MessageSource messages;

    @Autowired
    org.safar.protection.cases.Casework casework;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "RU", "UZ_LATN", "UZ_CYRL", "EN" })
    void aTraffickingCaseAbroadGoesFromIntakeToClosure(Language language, Browsing browsing) {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String supervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        long person = cases.aPerson().value();
        Page officer = signIn(browsing, consul, language, 1280, 800);

        officer.navigate("/people/" + person);
        officer.locator("#cases ~ p a.button[href='/cases/new?person=" + person + "']").click();
        officer.locator("#typeId").selectOption(Long.toString(types.byCode("TRAFFICKING").orElseThrow().id()));
        officer.locator("#subtypeId").selectOption(
                Long.toString(types.byCode("LABOUR_EXPLOITATION").orElseThrow().id()));
        officer.locator("#summary").fill("Held on a building site in Podolsk, passport taken, no wages for months.");
        officer.locator("#country").fill("RU");
        officer.locator("#city").fill("Podolsk");
        officer.locator("#employer").fill("OOO StroyMontazh");
        officer.locator("#source").selectOption("CONSULATE");
        officer.locator("#riskLevel").selectOption("CRITICAL");
        officer.locator("form.case-form button.primary").click();

        assertThat(officer).hasURL(Pattern.compile(".*/cases/\\d+\\?opened$"));
        String caseUrl = officer.url().replace("?opened", "");
        assertThat(officer.locator("h1 .status")).hasText(text("case.status.INTAKE", language));
        assertThat(officer.locator(".case-type .tag.restricted")).isVisible();

        officer.locator("button[data-step=ASSESSMENT]").click();
        officer.locator("form.need-form select[name=domain]").selectOption("SAFETY");
        officer.locator("form.need-form select[name=severity]").selectOption("CRITICAL");
        officer.locator("form.need-form input[name=description]").fill("Threats from the foreman");
        officer.locator("form.need-form button").click();
        officer.locator("form.need-form select[name=domain]").selectOption("DOCUMENTS");
        officer.locator("form.need-form select[name=severity]").selectOption("HIGH");
        officer.locator("form.need-form button").click();
        assertThat(officer.locator("table.needs tbody tr")).hasCount(2);

        officer.locator("button[data-step=PLAN]").click();
        officer.locator("form.goal-form input[name=description]").fill("Safe return home");
        officer.locator("form.goal-form select[name=domain]").selectOption("RETURN");
        officer.locator("form.goal-form button").click();
        officer.locator(".goal form.action-form input[name=description]").fill("Issue a certificate of return");
        officer.locator(".goal form.action-form select[name=ownerId]")
                .selectOption(Long.toString(cases.user(consul).id()));
        officer.locator(".goal form.action-form input[name=dueOn]").fill(LocalDate.now().plusDays(5).toString());
        officer.locator(".goal form.action-form button").click();
        assertThat(officer.locator(".goal .actions-list li")).hasCount(1);

        officer.locator("button[data-step=IN_SERVICE]").click();
        assertThat(officer.locator("p.alert.error"))
                .hasText(text("case.transition.approveSupervisorOnly", language));
        assertThat(officer.locator("h1 .status")).hasText(text("case.status.PLAN", language));

        Page boss = signIn(browsing, supervisor, language, 1280, 800);
        boss.navigate(caseUrl);
        boss.locator("button[data-step=IN_SERVICE]").click();
        assertThat(boss.locator("h1 .status")).hasText(text("case.status.IN_SERVICE", language));

        officer.navigate(caseUrl);
        officer.locator("form.service-form select[name=type]").selectOption("SHELTER");
        officer.locator("form.service-form input[name=providerName]").fill("Shelter «Ishonch», Moscow");
        officer.locator("form.service-form input[name=quantity]").fill("7");
        officer.locator("form.service-form input[name=cost]").fill("350.50");
        officer.locator("form.service-form select[name=currency]").selectOption("USD");
        officer.locator("form.service-form button").click();
        assertThat(officer.locator("table.services tbody tr")).hasCount(1);
        assertThat(officer.locator("table.services tbody td.number").last()).containsText("USD");

        officer.locator("form.close-case select[name=closureReason]").selectOption("RESOLVED");
        officer.locator("form.close-case button").click();
        assertThat(officer.locator("p.alert.error")).hasText(text("case.transition.closeSupervisorOnly", language));

        boss.navigate(caseUrl);
        boss.locator("form.close-case button").click();
        assertThat(boss.locator("p.alert.error"))
                .hasText(text("case.transition.closureReasonRequired", language));
        boss.locator("form.close-case select[name=closureReason]").selectOption("RETURNED_AND_REINTEGRATED");
        boss.locator("form.close-case button").click();
        assertThat(boss.locator("h1 .status")).hasText(text("case.status.CLOSED", language));
        assertThat(boss.locator("table.history tbody tr")).hasCount(5);
        assertThat(boss.locator("table.history tbody tr").last())
                .containsText(text("case.closure.RETURNED_AND_REINTEGRATED", language));

        boss.navigate("/cases/statistics");
        assertThat(boss.locator("h1")).hasText(text("case.statistics.heading", language));
        assertThat(boss.locator("table.figures tfoot")).containsText(text("case.statistics.total", language));

        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        Page outsider = signIn(browsing, almaty, language, 1280, 800);
        var response = outsider.navigate(caseUrl);
        assertThat(response.status()).isEqualTo(404);
        assertThat(outsider.locator("body")).not().containsText("Podolsk");
    }

    /** Not a check: the case pages on a laptop and a phone, in two languages, for a person to look at. */
    @Test
    void theCasePagesArePhotographedForReview(Browsing browsing) {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        var shown = cases.traffickingCase(consul);
        cases.planned(consul, shown.id());
        long me = cases.user(consul).id();
        long colleague = cases.user(staff.newUserIn("RU-MOW", Role.CASE_WORKER)).id();
        long supervisor = cases.user(staff.newUserIn("RU-MOW", Role.SUPERVISOR)).id();
        cases.as(consul, () -> {
            casework.addToTeam(shown.id(), colleague);
            casework.addToTeam(shown.id(), supervisor);
            casework.addTask(shown.id(), "Call the shelter about a bed", LocalDate.now().minusDays(3), me);
            return casework.addTask(shown.id(), "Visit the site with the police", LocalDate.now().plusDays(2), me);
        });
        Path directory = Path.of("target", "screenshots");
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            Page page = signIn(browsing, consul, Language.UZ_LATN, size[0], size[1]);
            for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
                String suffix = "-" + language.tag() + "-" + size[0] + "x" + size[1] + ".png";
                page.navigate("/cases?lang=" + language.tag());
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("cases-list" + suffix))
                        .setFullPage(true));
                page.navigate("/cases/" + shown.id());
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("case-page" + suffix))
                        .setFullPage(true));
                page.navigate("/cases/new");
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("case-new" + suffix))
                        .setFullPage(true));
                page.navigate("/my-work");
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("my-work" + suffix))
                        .setFullPage(true));
                page.navigate("/cases/statistics");
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("case-figures" + suffix))
                        .setFullPage(true));
            }
        }
    }

    private Page signIn(Browsing browsing, String username, Language language, int width, int height) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(width, height));
        page.navigate("/login?lang=" + language.tag());
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
        return page;
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
