package org.safar.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safar.platform.Language;
import org.safar.platform.accounts.Users;
import org.safar.platform.demo.DemoData;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** Staff members logging in and out, in their language, and being kept out of what is not theirs. */
@BrowserTest
class StaffJourneyBrowserTest {

    @Autowired
    MessageSource messages;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(Language.class)
    void theAdministratorLogsInInTheLanguageChosenOnTheLoginPageAndIsWelcomedInIt(Language language, Page page) {
        users.setPreferredLocale("admin", null); // a saved preference would outrank the login page's choice

        StaffLogin.openIn(page, language).signIn("admin", DemoData.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.locator("html")).hasAttribute("lang", language.tag());
        assertThat(page.locator("h1")).hasText(text("dashboard.welcome", language, "Dilshod Rahimov"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "RU", "UZ_CYRL", "EN" })
    void aWrongPasswordIsRefusedInTheChosenLanguageAndAudited(Language language, Page page) {
        String username = staff.newUser(Role.CASE_WORKER); // a fresh account, so no demo user is ever locked
        long lastAuditLine = lastAuditLine();

        StaffLogin.openIn(page, language).signIn(username, "not-the-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad$"));
        assertThat(page.locator("p.alert.error")).hasText(text("login.error.bad", language));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ? and seq > ?")
                .params(username, lastAuditLine).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne(Page page) {
        String username = staff.newUser(Role.CASE_WORKER);
        StaffLogin login = StaffLogin.openIn(page, Language.UZ_CYRL);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.signIn(username, "wrong-" + attempt);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error=bad$"));
        }

        login.signIn(username, StaffFixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error=locked$"));
        assertThat(page.locator("p.alert.error")).hasText(text("login.error.locked", Language.UZ_CYRL));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin/users", "/admin/offices", "/audit" })
    void aCaseWorkerIsRefusedTheAdministrationPages(String path, Page page) {
        StaffLogin.openIn(page, Language.RU).signIn("caseworker", DemoData.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

        Response response = page.navigate(path);

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText(text("error.403.title", Language.RU));
    }

    @Test
    void loggingOutEndsTheSessionAndReturnsToTheLoginPage(Page page) {
        String username = staff.newUser(Role.SUPERVISOR);
        StaffLogin.openIn(page, Language.UZ_LATN).signIn(username, StaffFixtures.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

        page.locator("form[action$='/logout'] button").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.locator("p.alert.ok")).hasText(text("login.loggedOut", Language.UZ_LATN));
        page.navigate("/dashboard");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    private long lastAuditLine() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event").query(Long.class).single();
    }

    @Test
    void onAPhoneTheMenuFoldsBehindAButtonThatOpensItAndOnALaptopItStaysOpen(Browsing browsing) {
        String username = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        Page phone = browsing.visitor(new Browser.NewContextOptions().setViewportSize(375, 740));
        StaffLogin.openIn(phone, Language.RU).signIn(username, StaffFixtures.PASSWORD);

        assertThat(phone.locator(".menu-toggle")).isVisible();
        assertThat(phone.locator(".menu-toggle")).hasText(text("nav.menu", Language.RU));
        assertThat(phone.locator(".menu-toggle")).hasAttribute("aria-expanded", "false");
        assertThat(phone.locator("#mainnav")).isHidden();
        assertThat(phone.locator("h1")).isInViewport();
        phone.locator(".menu-toggle").click();
        assertThat(phone.locator(".menu-toggle")).hasAttribute("aria-expanded", "true");
        assertThat(phone.locator("form[action$='/logout'] button")).isVisible();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                "staff-menu-open-ru-375.png")));
        phone.locator("#mainnav a[href='/cases']").click();
        assertThat(phone).hasURL(Pattern.compile(".*/cases$"));
        assertThat(phone.locator("#mainnav")).isHidden();

        Page laptop = browsing.visitor(new Browser.NewContextOptions().setViewportSize(1280, 800));
        StaffLogin.openIn(laptop, Language.RU).signIn(username, StaffFixtures.PASSWORD);
        assertThat(laptop.locator(".menu-toggle")).isHidden();
        assertThat(laptop.locator("#mainnav a[href='/cases']")).isVisible();
    }

    @Test
    void theStaffPagesArePhotographedForReview(Browsing browsing) {
        String username = staff.newUser(Role.ADMIN);
        Path directory = Path.of("target", "screenshots");
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
            StaffLogin.openIn(page, Language.UZ_LATN).signIn(username, StaffFixtures.PASSWORD);
            for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
                for (String path : List.of("/dashboard", "/admin/users", "/admin/offices", "/audit", "/account",
                        "/account/tokens")) {
                    page.navigate(path + "?lang=" + language.tag());
                    String name = "staff" + path.replace('/', '-') + "-" + language.tag() + "-" + size[0] + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name)).setFullPage(true));
                }
            }
        }
    }
}
