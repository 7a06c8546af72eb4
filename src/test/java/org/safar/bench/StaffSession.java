package org.safar.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in staff member's browser session, without the browser: form login with the CSRF token of the page,
 * then pages and form posts with the session cookie, as the pages themselves would send them.
 */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Function<String, URI> uris;

    private StaffSession(Function<String, URI> uris) {
        this.uris = uris;
    }

    static StaffSession login(Function<String, URI> uris, String username, String password)
            throws IOException, InterruptedException {
        StaffSession session = new StaffSession(uris);
        String token = session.csrfOf("/login");
        HttpResponse<String> answer = session.client.send(HttpRequest.newBuilder(uris.apply("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&_csrf=" + encode(token)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login refused for " + username + ": " + answer.statusCode() + " "
                    + location);
        }
        return session;
    }

    /** Uploads {@code file} as the page's file field {@code field}; returns where the application redirects. */
    String upload(String page, String field, Path file, String contentType) throws IOException, InterruptedException {
        String token = csrfOf(page);
        String boundary = "----safar-bench-" + Long.toHexString(System.nanoTime());
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uris.apply(page))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofString(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("upload to " + page + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer.headers().firstValue("Location").orElseThrow();
    }

    String get(String page) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uris.apply(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private String csrfOf(String page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
