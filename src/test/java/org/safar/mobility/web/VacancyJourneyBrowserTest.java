package org.safar.mobility.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.people.registry.PeopleFixtures;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.people.registry.Registration;
import org.safar.platform.Language;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The journey the issue asks for, in Chromium and in two languages: an agency submits a vacancy, a licensing
 * officer verifies it and the public sees it; the agency adds an applicant from the passport; the officer suspends the licence, the vacancy leaves the public
 * list at once and the public agency check says "suspended". Other roles are refused.
 */
@BrowserTest
class VacancyJourneyBrowserTest {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    StaffFixtures staff;

    @Autowired
    MessageSource messages;

    @Autowired
    PeopleFixtures people;

    static final LocalDate BORN = LocalDate.of(1989, 11, 2);

    @ParameterizedTest
    @EnumSource(value = Language.class, names = { "UZ_LATN", "RU" })
    void aVerifiedVacancyIsPublicUntilTheLicenceIsSuspended(Language language, Browsing browsing) {
        MadeAgency agency = fixtures.agency("RU", "KR");
        long employer = fixtures.employer("RU");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);
        String officer = staff.newUser(Role.LICENSING_OFFICER);
        String title = "Journey welder " + language.tag() + " " + System.nanoTime() % 100000;

        Page agencyPage = signedIn(browsing, agencyUser, language);
        agencyPage.navigate("/mobility/vacancies/new");
        agencyPage.locator("#title").fill(title);
        agencyPage.locator("#employerId").selectOption(Long.toString(employer));
        agencyPage.locator("#occupationCode").selectOption("7212");
        agencyPage.locator("#country").selectOption("RU");
        agencyPage.locator("#city").fill("Kazan");
        agencyPage.locator("#posts").fill("4");
        agencyPage.locator("#closingOn").fill(LocalDate.now().plusMonths(1).toString());
        agencyPage.locator("#wage").fill("1350");
        agencyPage.locator("#currency").selectOption("USD");
        agencyPage.locator("#hoursPerWeek").fill("40");
        agencyPage.locator("#contractMonths").fill("12");
        agencyPage.locator("#accommodation").fill("Dormitory, free");
        agencyPage.locator("#travel").fill("Flight paid by the employer");
        agencyPage.locator("#requiredCourseCode").selectOption("RU-ORI");
        agencyPage.locator("form.form button.primary").click();
        assertThat(agencyPage).hasURL(Pattern.compile(".*/mobility/vacancies/\\d+$"));
        String vacancyPath = agencyPage.url().replaceAll("^https?://[^/]+", "");
        agencyPage.locator("#submit-vacancy").click();
        assertThat(agencyPage.locator("#vacancy-status")).hasText(text("vacancy.status.SUBMITTED", language));

        Page officerPage = signedIn(browsing, officer, language);
        officerPage.navigate(vacancyPath);
        assertThat(officerPage.locator("#required-course")).containsText("RU-ORI");
        officerPage.locator("#verify-vacancy").click();
        assertThat(officerPage.locator("#vacancy-status")).hasText(text("vacancy.status.PUBLISHED", language));

        Page visitor = browsing.visitor(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Accept-Language", language.tag())));
        visitor.navigate("/vacancies?country=RU");
        assertThat(visitor.locator(".vacancy-card", new Page.LocatorOptions().setHasText(title))).isVisible();

        addsAnApplicantByPassport(browsing, agencyUser, agencyPage, vacancyPath, language);

        officerPage.navigate("/mobility/agencies/" + agency.id());
        officerPage.locator("#suspend-reason").fill("Charged migrants for job offers");
        officerPage.locator("#suspend-form button").click();
        assertThat(officerPage.locator("p.alert.ok")).hasText(text("licence.suspended", language));
        officerPage.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots",
                "mobility-agency-suspended-" + language.tag() + "-1280x800.png")));

        visitor.navigate("/vacancies?country=RU");
        assertThat(visitor.locator(".vacancy-card", new Page.LocatorOptions().setHasText(title))).hasCount(0);
        visitor.navigate("/agencies");
        visitor.locator("#q").fill(agency.taxNumber());
        visitor.locator("form.stack button[type=submit]").click();
        assertThat(visitor.locator("article.verdict .verdict-word"))
                .hasText(text("portal.licence.SUSPENDED", language));
        assertThat(visitor.locator("article.verdict")).hasClass(Pattern.compile("verdict-suspended"));
        assertThat(visitor.locator("article.verdict .advice")).hasText(text("portal.check.advice.SUSPENDED", language));
    }

    /**
     * The agency has a migrant with a passport already in the registry (entered in Latin letters): a birth date
     * typed wrong is refused with every field kept, the name typed in Cyrillic with the right date adds them.
     */
    private void addsAnApplicantByPassport(Browsing browsing, String agencyUser, Page agencyPage, String vacancyPath,
            Language language) {
        Name name = Name.random();
        String passport = "AC" + (1_000_000 + System.nanoTime() % 9_000_000);
        Registration known = PeopleFixtures.latin(name, BORN);
        known.setDocumentNumber(passport);
        MobilityFixtures.asSystem(() -> people.register(known));

        agencyPage.navigate(vacancyPath);
        agencyPage.locator("#documentNumber").fill(passport);
        agencyPage.locator("#familyName").fill(name.familyCyrl());
        agencyPage.locator("#givenNames").fill(name.givenCyrl());
        agencyPage.locator("#birthDate").fill(BORN.plusYears(1).toString());
        agencyPage.locator("#sex").selectOption("M");
        agencyPage.locator("#phone").fill("+998 90 555 12 34");
        agencyPage.locator("#add-applicant").click();
        assertThat(agencyPage.locator("#applicant-form .alert.error")).hasText(text("applicant.mismatch", language));
        assertThat(agencyPage.locator("#familyName")).hasValue(name.familyCyrl());
        assertThat(agencyPage.locator("#documentNumber")).hasValue(passport);
        assertThat(agencyPage.locator("#documentCountry")).hasValue("UZ");
        assertThat(agencyPage.locator("#applicant-form")).not().containsText(name.family());
        agencyPage.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots",
                "mobility-applicant-refused-" + language.tag() + "-1280x800.png")));

        agencyPage.locator("#birthDate").fill(BORN.toString());
        agencyPage.locator("#add-applicant").click();
        assertThat(agencyPage.locator("p.alert.ok")).containsText(text("applicant.added", language).replace("{0}.", ""));
        assertThat(agencyPage.locator("p.alert.ok")).hasText(Pattern.compile("APP-\\d{4}-\\d{6}\\.$"));
        assertThat(agencyPage.locator("table.applicants")).containsText(
                org.safar.people.People.inReadersScript(name.family(), language.locale()));

        Page phone = signedIn(browsing, agencyUser, language, 375, 740);
        phone.navigate(vacancyPath);
        phone.locator("#documentNumber").fill("AC 1");
        phone.locator("#add-applicant").click();
        assertThat(phone.locator("#documentNumber-error")).hasText(text("applicant.documentNumber.invalid", language));
        assertThat(phone.locator("#sex-error")).hasText(text("applicant.sex.required", language));
        phone.locator("#applicant-form").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "mobility-applicant-form-" + language.tag() + "-375x740.png")));
    }

    @Test
    void aCaseWorkerCannotDraftAVacancyAndAnAgencyCannotOpenTheRegister(Browsing browsing) {
        Page caseWorker = signedIn(browsing, staff.newUser(Role.CASE_WORKER), Language.EN);
        var drafting = caseWorker.navigate("/mobility/vacancies/new");
        org.assertj.core.api.Assertions.assertThat(drafting.status()).isEqualTo(403);

        MadeAgency agency = fixtures.agency("RU");
        String agencyUser = staff.newUser(Role.AGENCY);
        fixtures.link(agencyUser, agency);
        Page agencyPage = signedIn(browsing, agencyUser, Language.EN);
        org.assertj.core.api.Assertions.assertThat(agencyPage.navigate("/mobility/agencies").status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(agencyPage.navigate("/mobility/agencies/" + agency.id()).status())
                .isEqualTo(403);
    }

    /** Not a check: the officer's pages on a phone, in two languages, for a person to look at. */
    @Test
    void theOfficersPagesArePhotographedOnAPhone(Browsing browsing) {
        MadeAgency agency = fixtures.agency("RU");
        long vacancy = fixtures.publishedVacancy(agency, "RU", "Photographed mason");
        for (Language language : java.util.List.of(Language.UZ_CYRL, Language.RU)) {
            Page page = signedIn(browsing, staff.newUser(Role.LICENSING_OFFICER), language, 375, 740);
            for (String path : java.util.List.of("/mobility/agencies", "/mobility/agencies/" + agency.id(),
                    "/mobility/vacancies/" + vacancy)) {
                page.navigate(path);
                String name = path.replaceAll("^/", "").replaceAll("/\\d+$", "-page").replace('/', '-');
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target",
                        "screenshots", name + "-" + language.tag() + "-375x740.png")));
            }
        }
    }

    private Page signedIn(Browsing browsing, String username, Language language) {
        return signedIn(browsing, username, language, Browsing.WIDTH, Browsing.HEIGHT);
    }

    private Page signedIn(Browsing browsing, String username, Language language, int width, int height) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(width, height)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language.tag())));
        page.navigate("/login");
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
