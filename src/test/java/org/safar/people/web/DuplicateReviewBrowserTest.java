package org.safar.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.platform.Language;
import org.safar.platform.demo.DemoData;
import org.safar.platform.testing.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Page;

/** A supervisor goes through the duplicate queue in the browser. */
@BrowserTest
class DuplicateReviewBrowserTest {

    @Autowired
    PeopleFixtures people;

    @Autowired
    MessageSource messages;

    @Test
    void aSupervisorMergesTwoRecordsOfOnePersonAndThePairLeavesTheQueue(Page page) {
        Name name = Name.random();
        PersonId latin = people.register(PeopleFixtures.latin(name, LocalDate.of(1989, 7, 1)));
        PersonId cyrillic = people.register(PeopleFixtures.cyrillic(name, LocalDate.of(1989, 7, 1)));
        long pair = people.pairOf(latin, cyrillic);
        people.makeCertain(pair);
        page.navigate("/login?lang=en");
        page.locator("#username").fill("supervisor");
        page.locator("#password").fill(DemoData.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");

        page.navigate("/people/duplicates?lang=en");
        assertThat(page.locator("h1")).hasText(text("duplicate.queue.heading"));
        page.locator("a[href$='/people/duplicates/" + pair + "']").click();

        assertThat(page.locator("h1")).hasText(text("duplicate.pair.heading"));
        assertThat(page.locator("table.compare")).containsText(name.familyCyrl());
        page.locator("input[name=FAMILY_NAME][value='" + cyrillic.value() + "']").check();
        page.onDialog(dialog -> dialog.accept());
        page.locator("button[form=merge]").click();

        assertThat(page).hasURL(Pattern.compile(".*/people/duplicates$"));
        assertThat(page.locator("p.alert.ok")).hasText(Pattern.compile(".+ has been merged into .+\\."));
        assertThat(page.locator("a[href$='/people/duplicates/" + pair + "']")).hasCount(0);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Language.EN.locale());
    }
}
