package org.safar.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safar.platform.demo.DemoData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages as a browser receives them from the real server: translated error pages without stack traces, and the
 * security headers on every response.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ServedPagesIntegrationTests.FailingPage.class)
class ServedPagesIntegrationTests {

    /** A page that fails the way a bug would, to see what the user is shown. */
    @Controller
    static class FailingPage {

        @GetMapping("/test-only/failing-page")
        String fail() {
            throw new IllegalStateException("secret internals of the failure");
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    @ParameterizedTest
    @CsvSource({ "en, Page not found", "ru, Страница не найдена", "uz, Sahifa topilmadi",
            "uz-Cyrl, Саҳифа топилмади" })
    void aMissingPageIsTranslated(String language, String heading) throws Exception {
        logIn("analyst");
        HttpResponse<String> page = get("/no-such-page-here", language);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>" + heading + "</h1>").doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @CsvSource({ "en, Internal error", "ru, Внутренняя ошибка", "uz-Cyrl, Ички хато" })
    void aFailureShowsATranslatedPageAndKeepsItsInternalsToItself(String language, String heading)
            throws Exception {
        logIn("analyst");
        HttpResponse<String> page = get("/test-only/failing-page", language);

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("<h1>" + heading + "</h1>")
                .doesNotContain("secret internals", "IllegalStateException", "\tat ");
    }

    @Test
    void theApiIsDescribedForClientsWithItsTokenScheme() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/docs/openapi.json")).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"/api/v1/me\"").contains("\"bearer\"");
        assertThat(get("/api/docs", "en").statusCode()).isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithATranslatedPage() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Accept", "text/html").header("Accept-Language", "ru")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build();
        HttpResponse<String> page = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Доступ запрещён").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anApiCallWithoutATokenIsAProblemInTheClientsLanguage() throws Exception {
        HttpResponse<String> problem = get("/api/v1/people", "ru");

        assertThat(problem.statusCode()).isEqualTo(401);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.body()).contains("Требуется аутентификация");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] { "/", "/login", "/no-such-page-here", "/css/public.css" }) {
            var headers = get(path, "en").headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void aStaffPageSendsAnAnonymousVisitorToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/dashboard", "en");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theSessionCookieIsHttpOnly() throws Exception {
        HttpResponse<String> login = get("/login", "en");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("SAFAR_SESSION=").containsIgnoringCase("HttpOnly"));
    }

    /** Logs in through the real login form, keeping the session cookie in this test's client. */
    private void logIn(String username) throws IOException, InterruptedException {
        String form = get("/login", "en").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode(DemoData.PASSWORD, UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/dashboard"));
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", language).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
