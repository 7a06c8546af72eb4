package org.safar.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.microsoft.playwright.Page;

/**
 * Runs axe-core (the npm package, from its WebJar on the test class path) in a page and reports the violations
 * that matter: {@code serious} and {@code critical}. Use it on every public page:
 *
 * <pre>
 * assertThat(Accessibility.seriousViolations(page)).isEmpty();
 * </pre>
 *
 * The script is added through Playwright, not by the page, so the page's Content-Security-Policy (no inline
 * scripts) stays as it is in production.
 */
public final class Accessibility {

    private static final String SCRIPT = load();

    private Accessibility() {
    }

    /** One rule the page breaks: its id, impact, what it means, and the first few offending elements. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    /** The serious and critical violations of WCAG 2.1 A/AA rules (and best practices) in the page as it is now. */
    public static List<Violation> seriousViolations(Page page) {
        return violations(page).stream().filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .toList();
    }

    /** Every violation axe-core finds in the page. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            // evaluated through the browser's debugging protocol, which the page's CSP does not govern
            page.evaluate("() => {\n" + SCRIPT + "\n}");
        }
        Object result = page.evaluate("""
                async () => {
                  const results = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
                  });
                  return results.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
                }""");
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) item;
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    ((List<Object>) v.get("targets")).stream().map(String::valueOf).toList()));
        }
        return violations;
    }

    private static String load() {
        String version = version();
        String path = "META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
        catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot find the axe-core WebJar's version", e);
        }
    }
}
