package org.safar.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safar.platform.Language;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/** The public front page in the visitor's language: chosen in the switch, or guessed from the browser. */
@BrowserTest
class PublicPortalBrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void aLanguageChosenInTheSwitchIsRememberedOnTheNextVisit(Page page) {
        page.navigate("/");

        page.locator("nav.langs a", new Page.LocatorOptions().setHasText(Language.RU.nativeName())).click();

        assertThat(page.locator("h1")).hasText(heading(Language.RU));
        page.navigate("/");
        assertThat(page.locator("h1")).hasText(heading(Language.RU));
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
    }

    @Test
    void aFirstVisitSpeaksTheLanguageTheBrowserAsksFor(Browsing browsing) {
        Page page = visitorAsking(browsing, "ru");

        page.navigate("/");

        assertThat(page.locator("h1")).hasText(heading(Language.RU));
    }

    @Test
    void aBrowserAskingForALanguageWeDoNotSpeakGetsUzbek(Browsing browsing) {
        Page page = visitorAsking(browsing, "de");

        page.navigate("/");

        assertThat(page.locator("h1")).hasText(heading(Language.DEFAULT));
        assertThat(page.locator("html")).hasAttribute("lang", Language.DEFAULT.tag());
    }

    /** Not a check: pictures of the first pages people see, on a laptop and a phone, for a person to look at. */
    @Test
    void theFrontAndLoginPagesArePhotographedForReview(Browsing browsing) {
        Path directory = Path.of("target", "screenshots");
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
            for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
                for (String path : List.of("/", "/login")) {
                    page.navigate(path + "?lang=" + language.tag());
                    String name = ("/".equals(path) ? "home" : "login") + "-" + language.tag() + "-" + size[0] + "x"
                            + size[1] + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name)).setFullPage(true));
                }
            }
        }
    }

    private static Page visitorAsking(Browsing browsing, String acceptLanguage) {
        return browsing.visitor(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage)));
    }

    private String heading(Language language) {
        return messages.getMessage("public.home.heading", null, language.locale());
    }
}
