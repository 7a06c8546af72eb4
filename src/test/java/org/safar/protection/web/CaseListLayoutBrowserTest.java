package org.safar.protection.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safar.platform.Language;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.Role;
import org.safar.platform.testing.StaffFixtures;
import org.safar.platform.testing.browser.BrowserTest;
import org.safar.platform.testing.browser.Browsing;
import org.safar.protection.CaseSource;
import org.safar.protection.ProtectionCaseFixtures;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseType;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Vulnerability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * The case list on a laptop and on a phone, in every language, with the demo cases and a few with the longest
 * names there are: a laptop shows it without scrolling sideways, and a phone never gets a page wider than itself
 * (wide tables scroll inside their own frame). The case form offers the case workers of the office chosen on it.
 */
@BrowserTest
@Import(ProtectionCaseFixtures.class)
class CaseListLayoutBrowserTest {

    /** Lists what sticks out past the right edge of the window, to say in a failure what made the page wide. */
    private static final String WIDE = """
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.table-wrap'))
                .slice(0, 6).map(e => e.tagName.toLowerCase() + '.' + e.className + ' → '
                    + Math.round(e.getBoundingClientRect().right)).join('; ')""";

    @Autowired
    StaffFixtures staff;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    CaseTypes types;

    @Autowired
    Casework casework;

    @Autowired
    Offices offices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseListFitsALaptopInEveryLanguageAndNeverWidensAPhone(Browsing browsing) {
        String supervisor = staff.newUser(Role.SUPERVISOR);
        String worker = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        jdbc.sql("update app_user set full_name = ? where username = ?")
                .params("Абдурахмонова-Исмоилова Гулчехра Шавкатовна", worker).update();
        longestCasesFor(worker);

        for (int width : List.of(1280, 375)) {
            Page page = signIn(browsing, supervisor, width);
            for (Language language : Language.values()) {
                page.navigate("/cases?lang=" + language.tag());
                assertThat(page.locator("table.cases tbody tr").first()).isVisible();
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
                assertThat(scrollWidth).as("page width at %d px in %s: %s", width, language, page.evaluate(WIDE))
                        .isLessThanOrEqualTo(innerWidth);
                int bodyWidth = ((Number) page.evaluate("document.body.scrollWidth")).intValue();
                assertThat(bodyWidth).as("body width at %d px in %s", width, language)
                        .isLessThanOrEqualTo(innerWidth);
                if (width == 1280) {
                    Object overflow = page.evaluate("""
                            () => { const w = document.querySelector('.table-wrap');
                                    return w.scrollWidth - w.clientWidth; }""");
                    assertThat(((Number) overflow).intValue()).as("the case table scrolls inside at 1280 px in %s",
                            language).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void theCaseFormOffersTheWorkersOfTheOfficeChosenOnIt(Browsing browsing) {
        String headquarters = staff.newUser(Role.CASE_WORKER);
        String almaty = staff.newUserIn("KZ-ALA", Role.CASE_WORKER);
        String moscow = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        Page page = signIn(browsing, headquarters, 1280);

        page.navigate("/cases/new?lang=en");
        page.locator("#owningOfficeId").selectOption(id("KZ-ALA"));
        assertThat(page.locator("#assignedWorkerId option", new Page.LocatorOptions().setHasText("Test " + almaty)))
                .hasCount(1);
        assertThat(page.locator("#assignedWorkerId")).not().containsText("Test " + moscow);
        assertThat(page.locator("#assignedWorkerId")).hasValue(Long.toString(cases.user(headquarters).id()));

        page.locator("#owningOfficeId").selectOption(id("RU-MOW"));
        assertThat(page.locator("#assignedWorkerId")).containsText("Test " + moscow);
        assertThat(page.locator("#assignedWorkerId")).not().containsText("Test " + almaty);
    }

    private String id(String officeCode) {
        return Long.toString(offices.byCode(officeCode).orElseThrow().id());
    }

    /** For each type its longest sub-type in Russian, in Moscow and far away, some restricted and overdue. */
    private void longestCasesFor(String worker) {
        long office = offices.byCode("RU-MOW").orElseThrow().id();
        long me = cases.user(worker).id();
        List<CaseType> subtypes = types.activeSubtypes();
        for (CaseType type : types.activeTypes()) {
            CaseType longest = subtypes.stream().filter(s -> type.id().equals(s.parentId()))
                    .max(Comparator.comparingInt(s -> s.nameRu().length())).orElse(null);
            CaseDetails details = new CaseDetails(type.id(), longest == null ? null : longest.id(),
                    "Long names for the list: " + type.code(), "RU", "Петропавловск-Камчатский",
                    "ООО «СтройМонтажИнвест»", null, CaseSource.HOTLINE, Set.of(Vulnerability.CHILD),
                    RiskLevel.CRITICAL, office, me, true);
            long id = cases.as(worker, () -> casework.open(details,
                    List.of(new CasePerson(cases.aPerson(), PersonRole.PRINCIPAL)))).id();
            cases.as(worker, () -> casework.addTask(id, "Call back", LocalDate.now().minusDays(4), me));
        }
    }

    private Page signIn(Browsing browsing, String username, int width) {
        Page page = browsing.visitor(new Browser.NewContextOptions().setViewportSize(width, 800));
        page.navigate("/login?lang=ru");
        page.locator("#username").fill(username);
        page.locator("#password").fill(StaffFixtures.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL("**/dashboard");
        return page;
    }
}
