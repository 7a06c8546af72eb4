package org.safar.protection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safar.people.PersonId;
import org.safar.platform.Language;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The whole journey of a trafficking case, in a real browser and in each of the four languages, with every actor
 * on their own account: a consular officer in Moscow opens the case from the victim's profile, assesses and plans;
 * the consulate's supervisor approves the plan (the officer may not); the officer records the victim's consent to
 * referral and refers her to a shelter; the shelter's partner sees only the referral, accepts it and records the
 * stay, which the case then shows among its services; on her return the case is transferred to the Samarkand
 * office, whose case worker accepts it, plans her reintegration, has it approved by the Samarkand supervisor and
 * follows it to monitoring; that supervisor closes the case (a reason is required). The consulate no longer
 * reaches the case it handed over, and a case worker of a third office never did.
 */
@BrowserTest
class ProtectionJourneyBrowserTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    CaseTypes types;

    @Autowired
    ProtectionCases cases;

    @Autowired
    Offices offices;

    @Autowired
    Users users;

    @Autowired
    MessageSource messages;

    private Language language;

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "RU", "UZ_LATN", "UZ_CYRL", "EN" })
    void aTraffickingCaseAbroadIsReferredTransferredHomeReintegratedAndClosed(Language language, Browsing browsing) {
        this.language = language;
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String consulSupervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        String homeSupervisor = staff.newUserIn("UZ-SA", Role.SUPERVISOR);
        long shelter = fixtures.aShelter();
        String partner = fixtures.aPartnerOf(shelter);
        PersonId victim = fixtures.aPersonWithoutConsent();
        String today = LocalDate.now().toString();

        // The consulate opens the case from the victim's profile, assesses and plans.
        Page officer = signIn(browsing, consul);
        officer.navigate("/people/" + victim.value());
        officer.locator("#cases ~ p a.button[href='/cases/new?person=" + victim.value() + "']").click();
        officer.locator("#typeId").selectOption(Long.toString(types.byCode("TRAFFICKING").orElseThrow().id()));
        officer.locator("#subtypeId").selectOption(
                Long.toString(types.byCode("LABOUR_EXPLOITATION").orElseThrow().id()));
        officer.locator("#summary").fill("Recruited as a cook in Podolsk, passport taken, locked in at night.");
        officer.locator("#country").fill("RU");
        officer.locator("#city").fill("Podolsk");
        officer.locator("#employer").fill("OOO StroyMontazh");
        officer.locator("#source").selectOption("CONSULATE");
        officer.locator("#riskLevel").selectOption("CRITICAL");
        officer.locator("form.case-form button.primary").click();
        assertThat(officer).hasURL(Pattern.compile(".*/cases/\\d+\\?opened$"));
        String caseUrl = officer.url().replace("?opened", "");
        long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
        assertThat(status(officer)).hasText(text("case.status.INTAKE"));
        assertThat(officer.locator(".case-type .tag.restricted")).isVisible();

        step(officer, "ASSESSMENT");
        assess(officer, "SAFETY", "CRITICAL", "Threats from the foreman");
        assess(officer, "SHELTER", "HIGH", "Nowhere safe to sleep tonight");
        assertThat(officer.locator("table.needs tbody tr")).hasCount(2);
        step(officer, "PLAN");
        addGoal(officer, "Safe return home", "RETURN");
        addAction(officer, "Safe return home", "Issue a certificate of return", consul, 5);

        step(officer, "IN_SERVICE");
        assertThat(officer.locator("p.alert.error")).hasText(text("case.transition.approveSupervisorOnly"));
        assertThat(status(officer)).hasText(text("case.status.PLAN"));
        Page boss = signIn(browsing, consulSupervisor);
        boss.navigate(caseUrl);
        step(boss, "IN_SERVICE");
        assertThat(status(boss)).hasText(text("case.status.IN_SERVICE"));

        // Consent first, then the referral to a shelter.
        officer.navigate("/people/" + victim.value());
        officer.locator("#purpose").selectOption("REFERRAL");
        officer.locator("#recordedOn").fill(today);
        officer.locator("input[name=given][value=true]").check();
        officer.locator("form[action$='/consents'] button[type=submit]").click();
        assertThat(officer.locator("p.alert.ok")).isVisible();
        officer.navigate(caseUrl);
        officer.locator("a[href='/referrals/new?case=" + caseId + "']").click();
        officer.locator("#providerId").selectOption(Long.toString(shelter));
        officer.locator("#serviceType").selectOption("SHELTER");
        officer.locator("#note").fill("Needs a safe place tonight; speaks Uzbek and some Russian.");
        officer.locator("form.form button.primary").click();
        assertThat(officer.locator("p.alert.ok")).hasText(text("referral.sent"));

        // The shelter sees the referral and only what it needs, accepts it and records the stay.
        Page shelterPage = signIn(browsing, partner);
        shelterPage.navigate("/referrals");
        assertThat(shelterPage.locator("ul.partner-inbox li")).hasCount(1);
        shelterPage.locator("ul.partner-inbox li a").first().click();
        assertThat(shelterPage.locator(".referral-note"))
                .hasText("Needs a safe place tonight; speaks Uzbek and some Russian.");
        assertThat(shelterPage.locator("body")).not().containsText("passport taken");
        shelterPage.locator("#accept").click();
        assertThat(shelterPage.locator("p.alert.ok")).hasText(text("referral.accepted"));
        shelterPage.locator("#deliveredOn").fill(today);
        shelterPage.locator("#quantity").fill("3");
        shelterPage.locator("#serviceNote").fill("Three nights, room with one other woman");
        shelterPage.locator("form.service-form button.primary").click();
        assertThat(shelterPage.locator("table.delivered tbody tr")).hasCount(1);
        shelterPage.navigate(caseUrl);
        assertThat(shelterPage.locator("body")).not().containsText("Podolsk");

        officer.navigate(caseUrl);
        assertThat(officer.locator(".case-referrals")).containsText(text("referral.status.ACCEPTED"));
        assertThat(officer.locator("table.services tbody tr")).hasCount(1);
        assertThat(officer.locator("table.services tbody a[href^='/referrals/']")).hasCount(1);

        // She flies home: the case is transferred to Samarkand, which accepts it.
        officer.locator("a[href='/transfers/new?case=" + caseId + "']").click();
        long home = offices.byCode("UZ-SA").orElseThrow().id();
        officer.locator("#toOfficeId").selectOption(Long.toString(home));
        officer.locator("#reason").fill("Flies home to Samarkand on Friday; needs rehabilitation and follow-up.");
        officer.locator("form.form button.primary").click();
        assertThat(officer.locator("h1 .tag")).hasText(text("transfer.status.REQUESTED"));

        Page regional = signIn(browsing, homeWorker);
        regional.navigate("/my-work");
        String reference = cases.byId(caseId).orElseThrow().reference();
        regional.locator(".transfers-waiting a", new Page.LocatorOptions().setHasText(reference)).click();
        regional.locator("#accept-transfer").click();
        assertThat(regional.locator("p.alert.ok")).hasText(text("transfer.accepted"));
        assertThat(cases.byId(caseId).orElseThrow().owningOfficeId()).isEqualTo(home);

        // Samarkand plans her reintegration; its supervisor approves; the plan is followed.
        regional.navigate(caseUrl);
        step(regional, "PLAN");
        assertThat(status(regional)).hasText(text("case.status.PLAN"));
        assess(regional, "EMPLOYMENT", "HIGH", "No income at home; two children");
        String goal = "Back to work: a sewing course and a job in Samarkand";
        addGoal(regional, goal, "EMPLOYMENT");
        addAction(regional, goal, "Enrol in the sewing course at the vocational centre", homeWorker, 14);
        step(regional, "IN_SERVICE");
        assertThat(regional.locator("p.alert.error")).hasText(text("case.transition.approveSupervisorOnly"));

        Page homeBoss = signIn(browsing, homeSupervisor);
        homeBoss.navigate(caseUrl);
        step(homeBoss, "IN_SERVICE");
        assertThat(status(homeBoss)).hasText(text("case.status.IN_SERVICE"));

        regional.navigate(caseUrl);
        goal(regional, goal).locator(".actions-list li form button").click();
        assertThat(goal(regional, goal).locator(".actions-list li.done")).hasCount(1);
        regional.locator("form.service-form select[name=type]").selectOption("EDUCATION");
        regional.locator("form.service-form input[name=providerName]").fill("Samarkand vocational centre");
        regional.locator("form.service-form input[name=cost]").fill("1200000");
        regional.locator("form.service-form select[name=currency]").selectOption("UZS");
        regional.locator("form.service-form button").click();
        assertThat(regional.locator("table.services tbody tr")).hasCount(2);
        assertThat(regional.locator("table.services tbody")).containsText("Samarkand vocational centre");
        step(regional, "MONITORING");
        assertThat(status(regional)).hasText(text("case.status.MONITORING"));
        regional.locator("form.close-case select[name=closureReason]").selectOption("RETURNED_AND_REINTEGRATED");
        regional.locator("form.close-case button").click();
        assertThat(regional.locator("p.alert.error")).hasText(text("case.transition.closeSupervisorOnly"));

        // The Samarkand supervisor closes the case; a reason is required.
        homeBoss.navigate(caseUrl);
        homeBoss.locator("form.close-case button").click();
        assertThat(homeBoss.locator("p.alert.error")).hasText(text("case.transition.closureReasonRequired"));
        homeBoss.locator("form.close-case select[name=closureReason]").selectOption("RETURNED_AND_REINTEGRATED");
        homeBoss.locator("form.close-case button").click();
        assertThat(status(homeBoss)).hasText(text("case.status.CLOSED"));
        assertThat(homeBoss.locator("table.history tbody tr")).hasCount(8);
        assertThat(homeBoss.locator("table.history tbody tr").last())
                .containsText(text("case.closure.RETURNED_AND_REINTEGRATED"));

        homeBoss.navigate("/cases/statistics");
        assertThat(homeBoss.locator("h1")).hasText(text("case.statistics.heading"));
        assertThat(homeBoss.locator("table.figures tfoot")).containsText(text("case.statistics.total"));

        // The consulate handed the case over; a third office never had it.
        assertThat(officer.navigate(caseUrl).status()).isEqualTo(404);
        Page outsider = signIn(browsing, staff.newUserIn("KZ-ALA", Role.CASE_WORKER));
        assertThat(outsider.navigate(caseUrl).status()).isEqualTo(404);
        assertThat(outsider.locator("body")).not().containsText("Podolsk");
    }

    private static Locator status(Page page) {
        return page.locator("h1 .status");
    }

    private static void step(Page page, String to) {
        page.locator("button[data-step=" + to + "]").click();
    }

    private static void assess(Page page, String domain, String severity, String description) {
        page.locator("form.need-form select[name=domain]").selectOption(domain);
        page.locator("form.need-form select[name=severity]").selectOption(severity);
        page.locator("form.need-form input[name=description]").fill(description);
        page.locator("form.need-form button").click();
    }

    private static void addGoal(Page page, String description, String domain) {
        page.locator("form.goal-form input[name=description]").fill(description);
        page.locator("form.goal-form select[name=domain]").selectOption(domain);
        page.locator("form.goal-form button").click();
        assertThat(goal(page, description)).isVisible();
    }

    private void addAction(Page page, String goal, String description, String owner, int dueInDays) {
        Locator form = goal(page, goal).locator("form.action-form");
        form.locator("input[name=description]").fill(description);
        form.locator("select[name=ownerId]").selectOption(Long.toString(users.byUsername(owner).orElseThrow().id()));
        form.locator("input[name=dueOn]").fill(LocalDate.now().plusDays(dueInDays).toString());
        form.locator("button").click();
        assertThat(goal(page, goal).locator(".actions-list li")).hasCount(1);
    }

    private static Locator goal(Page page, String description) {
        return page.locator(".goal", new Page.LocatorOptions().setHas(page.locator("h3 span",
                new Page.LocatorOptions().setHasText(description))));
    }

    private Page signIn(Browsing browsing, String username) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page.navigate("/login?lang=" + language.tag());
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
        return page;
    }

    private String text(String key) {
        return messages.getMessage(key, null, language.locale());
    }
}
