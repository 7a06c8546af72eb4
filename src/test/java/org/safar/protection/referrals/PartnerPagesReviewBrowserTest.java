package org.safar.protection.referrals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.platform.Language;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.protection.PartnerFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The partner-side pages photographed for review. The journey through them (consent, referral, the partner's
 * answer and service, the transfer home) is {@link org.safar.protection.ProtectionJourneyBrowserTest}.
 */
@BrowserTest
class PartnerPagesReviewBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    ProtectionCases cases;

    @Autowired
    Offices offices;

    /** Not a check: the partner's pages on a laptop and a phone, in Uzbek and Russian, for a person to look at. */
    @Test
    void thePartnerPagesArePhotographedForReview(Browsing browsing) {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId person = fixtures.aPersonWhoConsented();
        ProtectionCase shown = fixtures.aCase("RU-MOW", person, "Unpaid for five months", "RIGHTS_VIOLATION", consul);
        long shelter = fixtures.aShelter();
        Page officer = signIn(browsing, consul, Language.RU, 1280);
        officer.navigate("/referrals/new?case=" + shown.id());
        officer.locator("#providerId").selectOption(Long.toString(shelter));
        officer.locator("#serviceType").selectOption("SHELTER");
        officer.locator("form.form button.primary").click();
        String referral = officer.url().substring(officer.url().lastIndexOf('/') + 1);
        photograph(officer, "referral-staff-ru-1280");
        officer.navigate("/cases/" + shown.id() + "#referrals");
        photograph(officer, "case-partner-sections-ru-1280");
        officer.navigate("/providers");
        photograph(officer, "providers-ru-1280");
        officer.navigate("/my-work");
        assertThat(officer.locator(".referrals-waiting")).containsText("REF-");
        photograph(officer, "my-work-ru-1280");

        for (int width : List.of(1280, 375)) {
            for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
                Page partner = signIn(browsing, fixtures.aPartnerOf(shelter), language, width);
                String suffix = "-" + language.tag() + "-" + width;
                partner.navigate("/referrals");
                photograph(partner, "partner-inbox" + suffix);
                partner.navigate("/referrals/" + referral);
                photograph(partner, "partner-referral" + suffix);
            }
        }
    }

    private static Page signIn(Browsing browsing, String username, Language language, int width) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(width, width > 400 ? 800 : 740));
        page.navigate("/login?lang=" + language.tag());
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
        return page;
    }

    private static void photograph(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
