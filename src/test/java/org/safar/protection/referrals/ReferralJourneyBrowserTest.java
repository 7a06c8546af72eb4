package org.safar.protection.referrals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * The partner part of a trafficking case's journey in a real browser: the consul records the victim's consent and
 * refers her to a shelter; the shelter's partner sees only that referral, accepts it and records the stay; the
 * case goes home, and the regional office accepts it.
 */
@BrowserTest
class ReferralJourneyBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    ProtectionCases cases;

    @Autowired
    Offices offices;

    @Test
    void afterConsentTheCaseIsReferredAcceptedServedAndTakenHome(Browsing browsing) {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        PersonId victim = fixtures.aPersonWithoutConsent();
        ProtectionCase shown = fixtures.aCase("RU-MOW", victim, "Recruited as a cook, passport taken, locked in",
                "TRAFFICKING", consul);
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        ProtectionCase otherCase = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Another case");

        Page officer = signIn(browsing, consul, Language.EN, 1280);
        officer.navigate("/people/" + victim.value());
        officer.locator("#purpose").selectOption("REFERRAL");
        officer.locator("#recordedOn").fill(LocalDate.now().toString());
        officer.locator("input[name=given][value=true]").check();
        officer.locator("form[action$='/consents'] button[type=submit]").click();
        assertThat(officer.locator("p.alert.ok")).isVisible();

        officer.navigate("/cases/" + shown.id());
        officer.locator("a[href='/referrals/new?case=" + shown.id() + "']").click();
        assertThat(officer.locator("fieldset")).containsText("consent to referral recorded");
        officer.locator("#providerId").selectOption(Long.toString(shelter));
        officer.locator("#serviceType").selectOption("SHELTER");
        officer.locator("#note").fill("Needs a safe place tonight; speaks Uzbek and some Russian.");
        photograph(officer, "referral-form-en-1280");
        officer.locator("form.form button.primary").click();
        assertThat(officer.locator("p.alert.ok")).hasText("The referral is sent; the provider sees it now.");

        Page shelterPage = signIn(browsing, partner, Language.RU, 1280);
        shelterPage.navigate("/referrals");
        assertThat(shelterPage.locator("ul.partner-inbox li")).hasCount(1);
        shelterPage.locator("ul.partner-inbox li a").first().click();
        assertThat(shelterPage.locator(".referral-note"))
                .hasText("Needs a safe place tonight; speaks Uzbek and some Russian.");
        assertThat(shelterPage.locator("section")).not().containsText("passport taken");
        shelterPage.locator("#accept").click();
        assertThat(shelterPage.locator("p.alert.ok")).hasText("Вы приняли направление.");
        shelterPage.locator("#deliveredOn").fill(LocalDate.now().toString());
        shelterPage.locator("#quantity").fill("3");
        shelterPage.locator("#serviceNote").fill("Three nights, room with one other woman");
        shelterPage.locator("form.service-form button.primary").click();
        assertThat(shelterPage.locator("table.delivered tbody tr")).hasCount(1);
        photograph(shelterPage, "partner-referral-ru-1280");
        shelterPage.navigate("/cases/" + shown.id());
        assertThat(shelterPage.locator("body")).not().containsText("Recruited as a cook");
        shelterPage.navigate("/cases/" + otherCase.id());
        assertThat(shelterPage.locator("body")).not().containsText("Another case");

        officer.navigate("/cases/" + shown.id());
        assertThat(officer.locator(".case-referrals")).containsText("Accepted");
        officer.locator("a[href='/transfers/new?case=" + shown.id() + "']").click();
        long home = offices.byCode("UZ-SA").orElseThrow().id();
        officer.locator("#toOfficeId").selectOption(Long.toString(home));
        officer.locator("#reason").fill("Flies home to Samarkand on Friday; needs rehabilitation and follow-up.");
        officer.locator("form.form button.primary").click();
        assertThat(officer.locator("h1 .tag")).hasText("Waiting for the receiving office");

        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        Page regional = signIn(browsing, homeWorker, Language.UZ_LATN, 1280);
        regional.navigate("/transfers");
        regional.locator("table.transfers a", new Page.LocatorOptions().setHasText(shown.reference())).click();
        photograph(regional, "transfer-uz-1280");
        regional.locator("#accept-transfer").click();
        assertThat(regional.locator("p.alert.ok")).isVisible();
        regional.navigate("/cases/" + shown.id());
        assertThat(regional.locator("h1")).containsText(shown.reference());

        ProtectionCase moved = cases.byId(shown.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(moved.owningOfficeId()).isEqualTo(home);
    }

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
