package org.safar.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safar.platform.Language;
import org.safar.platform.testing.Accessibility;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

/**
 * A migrant who mistypes a portal address on a phone lands on a light, translated "page not found" with the way
 * back to the portal — not on the staff login.
 */
@BrowserTest
class NotFoundBrowserTest {

    static final long BUDGET_BYTES = 15 * 1024;

    @Autowired
    MessageSource messages;

    @Test
    void aMistypedAddressOnAPhoneShowsALightNotFoundPageInRussianWithTheWayToTheVacancies(Browsing browsing) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(375, 740)
                .setExtraHTTPHeaders(Map.of("Accept-Language", "ru")));
        PageWeight weight = PageWeight.of(page);

        Response response = page.navigate("/vacancie");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText(text("error.404.title", Language.RU));
        assertThat(weight.bytes()).as("bytes transferred").isLessThan(BUDGET_BYTES);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        page.locator(".way-back a", new Page.LocatorOptions().setHasText(text("error.link.vacancies", Language.RU)))
                .click();
        assertThat(page).hasURL(browsing.url("/vacancies"));
    }

    @Test
    void theNotFoundPageLooksRightOnAPhoneAndALaptopInUzbekAndRussian(Browsing browsing) {
        for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
            for (int width : new int[] { 375, 1280 }) {
                Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(width, 740)
                        .setExtraHTTPHeaders(Map.of("Accept-Language", language.tag())));
                page.navigate("/agencies/x/y");
                assertThat(page.locator("h1")).hasText(text("error.404.title", language));
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                        Path.of("target", "screenshots", "not-found-" + language.tag() + "-" + width + ".png")));
                page.context().close();
            }
        }
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
