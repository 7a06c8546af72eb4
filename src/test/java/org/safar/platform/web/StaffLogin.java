package org.safar.platform.web;

import org.safar.platform.Language;

import com.microsoft.playwright.Page;

/** The login page as a person uses it: choose a language in the switch, type name and password, submit. */
final class StaffLogin {

    private final Page page;

    private StaffLogin(Page page) {
        this.page = page;
    }

    /** Opens {@code /login} and picks {@code language} with the page's language switch. */
    static StaffLogin openIn(Page page, Language language) {
        page.navigate("/login");
        page.locator("nav.langs a[lang='" + language.tag() + "']").click();
        page.waitForURL("**/login?lang=" + language.tag());
        return new StaffLogin(page);
    }

    StaffLogin signIn(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.stack button[type=submit]").click();
        page.waitForLoadState();
        return this;
    }
}
