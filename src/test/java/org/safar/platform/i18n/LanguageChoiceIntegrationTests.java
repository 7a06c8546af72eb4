package org.safar.platform.i18n;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The public portal speaks the visitor's language: chosen, remembered, or guessed from the browser. */
@SafarIntegrationTest
class LanguageChoiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorWithoutAChoiceGetsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(content().string(containsString("Едете на работу за рубеж?")));
    }

    @Test
    void aVisitorWhoseBrowserSpeaksNoneOfOurLanguagesGetsUzbek() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE,fr;q=0.5"))
                .andExpect(content().string(containsString("Xorijga ishga ketyapsizmi?")));
    }

    @Test
    void choosingALanguageIsRememberedInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "uz-Cyrl").header("Accept-Language", "en"))
                .andExpect(cookie().value(SafarLocaleResolver.COOKIE, "uz-Cyrl"))
                .andExpect(content().string(containsString("Хорижга ишга кетяпсизми?")));
    }

    @Test
    void theRememberedChoiceBeatsTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").cookie(new Cookie(SafarLocaleResolver.COOKIE, "en")).header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("Going to work abroad? Go safely.")));
    }

    @Test
    void anUnknownLanguageInTheLinkIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "xx-!!").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Going to work abroad?")));
    }

    @Test
    void everyPageOffersTheOtherLanguagesInTheirOwnNames() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Oʻzbekcha")))
                .andExpect(content().string(containsString("Ўзбекча")))
                .andExpect(content().string(containsString("Русский")))
                .andExpect(content().string(containsString("href=\"/login?lang=uz-Cyrl\"")));
    }
}
