package org.safar.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.OtherNames;
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
 * An officer finds people whatever script they were entered in, and registers someone the registry may already
 * know: the possible match is shown first, and only a confirmation creates the new record.
 */
@BrowserTest
class PeopleBrowserTest {

    @Autowired
    RegistrationFixtures people;

    @Autowired
    StaffFixtures staff;

    @Autowired
    MessageSource messages;

    @Autowired
    OtherNames otherNames;

    @Test
    void anOfficerTypingALatinNameFindsThePersonRegisteredInCyrillic(Page page) {
        String family = RegistrationFixtures.aName();
        String given = RegistrationFixtures.aName();
        PersonView person = people.registered(RegistrationFixtures.aPerson(ScriptTransliteration.toUzbekCyrillic(family),
                ScriptTransliteration.toUzbekCyrillic(given), 1992));
        signIn(page, Language.UZ_LATN);

        page.navigate("/people");
        page.locator("input[name=text]").fill(family + " " + given);
        page.locator("form.search button[type=submit]").click();

        var row = page.locator("table.results tbody tr", new Page.LocatorOptions().setHasText(person.reference()));
        assertThat(row.locator("a.name")).hasText(family + " " + given);
        assertThat(row.locator(".as-entered")).hasText(person.fullName());
    }

    @Test
    void registeringSomeoneTheRegistryMayKnowShowsTheMatchAndConfirmingCreatesTheRecord(Page page) {
        String given = "Shukrat" + RegistrationFixtures.unique();
        PersonView existing = people.registered(RegistrationFixtures.aPerson("Ғуломов",
                ScriptTransliteration.toUzbekCyrillic(given), 1988));
        signIn(page, Language.RU);

        page.navigate("/people/new");
        page.locator("#familyName").fill("Gʻulomov");
        page.locator("#givenNames").fill(given);
        page.locator("#birthYear").fill("1988");
        page.locator("#homeRegion").selectOption("UZ-SA");
        page.locator("#documentNumber").fill("AD" + (1_000_000 + System.nanoTime() % 9_000_000));
        page.locator("form.form button.primary").click();

        var match = page.locator(".matches tr.candidate", new Page.LocatorOptions().setHasText(existing.reference()));
        assertThat(match).containsText(text("match.reason.otherScript"));
        assertThat(match.locator("a")).hasAttribute("href", "/people/" + existing.id());
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "people-matches-ru-1280x800.png")));

        page.locator("#confirm-new").click();

        assertThat(page).hasURL(Pattern.compile(".*/people/\\d+$"));
        assertThat(page.locator("p.alert.ok")).isVisible();
        assertThat(page.locator("h1")).containsText("Гуломов " + ScriptTransliteration.toRussianCyrillic(given));
        assertThat(page.locator("h1 .as-entered")).hasText("Gʻulomov " + given);
    }

    @Test
    void anOfficerCorrectsANameAndFindsTheOldOneAmongTheOtherNamesInUzbekAndRussian(Browsing browsing) {
        for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
            PersonView person = people.registered(RegistrationFixtures.aPerson(RegistrationFixtures.aName(),
                    RegistrationFixtures.aName(), 1990));
            String family = RegistrationFixtures.aName();
            Page page = browsing.visitor(new Browser.NewContextOptions());
            signIn(page, language);

            page.navigate("/people/" + person.id());
            page.locator("#edit-person").click();
            assertThat(page.locator("#familyName")).hasValue(person.familyName());
            page.locator("#familyName").fill("");
            page.locator("form.form button.primary").click();
            assertThat(page.locator("#familyName-error")).hasText(text("person.familyName.required", language));
            assertThat(page.locator("#givenNames")).hasValue(person.givenNames());

            page.locator("#familyName").fill(family);
            page.locator("form.form button.primary").click();

            assertThat(page).hasURL(Pattern.compile(".*/people/" + person.id() + "$"));
            assertThat(page.locator("p.alert.ok")).containsText(text("people.edit.saved", language) + " "
                    + text("person.field.familyName", language));
            assertThat(page.locator("h1 > span").first())
                    .hasText(PersonDisplay.inReadersScript(family + " " + person.givenNames(), language.locale()));
            assertThat(page.locator("ul.other-names li").first()).containsText(person.fullName());
            assertThat(page.locator("ul.other-names li").first())
                    .containsText(text("person.aliasSource.ENTERED", language));
        }
    }

    /** Not a check: the pages on a laptop and a phone, in Uzbek and Russian, for a person to look at. */
    @Test
    void thePeoplePagesArePhotographedForReview(Browsing browsing) {
        String family = RegistrationFixtures.aName();
        Registration form = RegistrationFixtures.aPerson(ScriptTransliteration.toUzbekCyrillic(family), "Дилноза",
                1995);
        form.setDocumentNumber("AA" + (1_000_000 + System.nanoTime() % 9_000_000));
        PersonView person = people.registered(form);
        otherNames.add(person.personId(), family + " Dilnoza");
        Path directory = Path.of("target", "screenshots");
        for (int[] size : List.of(new int[] { 1280, 800 }, new int[] { 375, 740 })) {
            Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(size[0], size[1]));
            signIn(page, Language.UZ_LATN);
            for (Language language : List.of(Language.UZ_LATN, Language.RU)) {
                String suffix = "-" + language.tag() + "-" + size[0] + "x" + size[1] + ".png";
                page.navigate("/people?lang=" + language.tag() + "&text=" + family);
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("people-search" + suffix))
                        .setFullPage(true));
                page.navigate("/people/new");
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("people-new" + suffix))
                        .setFullPage(true));
                page.navigate("/people/" + person.id());
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("people-profile" + suffix))
                        .setFullPage(true));
                page.navigate("/people/" + person.id() + "/edit");
                page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve("people-edit" + suffix))
                        .setFullPage(true));
                page.locator("#familyName").fill("");
                page.locator("#birthDate").fill("2099-01-01");
                page.locator("form.form button.primary").click();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(directory.resolve("people-edit-errors" + suffix)).setFullPage(true));
            }
        }
    }

    /** Signs in a fresh case worker, so that choosing a language never changes a shared demo account. */
    private void signIn(Page page, Language language) {
        String username = staff.newUser(Role.CASE_WORKER);
        page.navigate("/login?lang=" + language.tag());
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
    }

    private String text(String key) {
        return text(key, Language.RU);
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
