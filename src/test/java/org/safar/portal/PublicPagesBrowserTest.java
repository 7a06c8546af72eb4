package org.safar.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.platform.Language;
import org.safar.platform.testing.Accessibility;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The public agency check and vacancy pages in real Chromium: each stays under 100 KB on a first visit, has no
 * serious or critical accessibility violation (axe-core), and works without JavaScript. The weights measured are
 * written to {@code target/page-weight.md} for the README.
 */
@BrowserTest
class PublicPagesBrowserTest {

    static final long BUDGET_BYTES = 100 * 1024;

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    MessageSource messages;

    @Test
    void everyPublicPageIsLightAndAccessibleInTwoLanguagesOnALaptopAndAPhone(Browsing browsing) throws IOException {
        MadeAgency agency = fixtures.agency("RU", "KR");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Bricklayer for the weight test");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("agency-check", "/agencies");
        pages.put("agency-check-found", "/agencies?q=" + agency.taxNumber());
        pages.put("agency-check-not-found", "/agencies?q=Nobody+licensed");
        pages.put("vacancies", "/vacancies");
        pages.put("vacancies-filtered", "/vacancies?country=RU&occupation=7&minWage=500&currency=USD");
        pages.put("vacancy", "/vacancies/" + vacancy);
        List<String> report = new ArrayList<>(List.of("| page | language | width | bytes | requests |",
                "|---|---|---|---|---|"));
        List<String> overBudget = new ArrayList<>();
        List<String> inaccessible = new ArrayList<>();
        for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
            for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
                for (var entry : pages.entrySet()) {
                    Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                            .setExtraHTTPHeaders(Map.of("Accept-Language", language.tag())));
                    PageWeight weight = PageWeight.of(page);
                    page.navigate(entry.getValue());
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    long bytes = weight.bytes();
                    report.add("| " + entry.getKey() + " | " + language.tag() + " | " + size[0] + " | " + bytes + " | "
                            + weight.requests() + " |");
                    if (bytes >= BUDGET_BYTES) {
                        overBudget.add(entry.getKey() + " " + language.tag() + ": " + bytes);
                    }
                    if (size[0] == 375) {
                        Accessibility.seriousViolations(page)
                                .forEach(v -> inaccessible.add(entry.getKey() + " " + language.tag() + ": " + v));
                    }
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target",
                            "screenshots", "portal-" + entry.getKey() + "-" + language.tag() + "-" + size[0] + "x"
                                    + size[1] + ".png")));
                    page.context().close();
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "page-weight.md"), report);

        assertThat(overBudget).as("pages over %d bytes", BUDGET_BYTES).isEmpty();
        assertThat(inaccessible).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void theAgencyCheckWorksWithoutJavaScript(Browsing browsing) {
        MadeAgency agency = fixtures.agency("KR");
        Page page = browsing.visitor(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setExtraHTTPHeaders(Map.of("Accept-Language", "uz-Cyrl")));

        page.navigate("/");
        page.locator("a[href='/agencies']").click();
        page.locator("#q").fill(agency.licenceNumber());
        page.locator("form.stack button[type=submit]").click();

        assertThat(page.locator("article.verdict h2")).hasText(agency.name());
        assertThat(page.locator("article.verdict .verdict-word"))
                .hasText(messages.getMessage("portal.licence.ACTIVE", null, Language.UZ_CYRL.locale()));
    }

    @Test
    void theVacancyFiltersWorkWithoutJavaScript(Browsing browsing) {
        MadeAgency agency = fixtures.agency("KR");
        fixtures.publishedVacancy(agency, "KR", "No-script filter mason");
        Page page = browsing.visitor(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setExtraHTTPHeaders(Map.of("Accept-Language", "en")));

        page.navigate("/vacancies");
        page.locator("#country").selectOption("KR");
        page.locator("form.filters button[type=submit]").click();

        assertThat(page.locator(".vacancy-card", new Page.LocatorOptions().setHasText("No-script filter mason")))
                .isVisible();
    }
}
