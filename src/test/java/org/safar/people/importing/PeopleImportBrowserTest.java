package org.safar.people.importing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

/** A case worker imports a small CSV file and watches the import finish, then reads its report. */
@BrowserTest
class PeopleImportBrowserTest {

    @Autowired
    StaffFixtures staff;

    @Autowired
    MessageSource messages;

    @Test
    void aCaseWorkerUploadsACsvFileWatchesItFinishAndReadsTheReport(Page page) {
        String username = staff.newUser(Role.CASE_WORKER);
        page.navigate("/login?lang=en");
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
        ImportFiles file = ImportFiles.withRows().someone("1984-08-08").someone("1986-10-10")
                .row(ImportFiles.uniqueFamilyName(), ImportFiles.uniqueGivenName(), "M", "1986/10/10", "UZ-TO");

        page.navigate("/people/import");
        page.locator("#file").setInputFiles(new FilePayload("people.csv", "text/csv", file.csv()));
        page.locator("form.form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/people/import/\\d+$"));
        assertThat(page.locator("#job .job-status")).hasText(text("import.status.DONE"),
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("ul.created li")).hasCount(2);
        assertThat(page.locator("ul.refusals li")).hasText(
                "Row 4, column birth_date: " + text("import.error.date"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
