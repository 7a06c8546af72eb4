package org.safar.protection.web;


import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.platform.Language;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.protection.ProtectionCaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The case pages photographed for review. The journey of a case through these pages, in four languages, is
 * {@link org.safar.protection.ProtectionJourneyBrowserTest}.
 */
@BrowserTest
@Import(ProtectionCaseFixtures.class)
class CasePagesReviewBrowserTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    org.safar.protection.cases.Casework casework;

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
}
