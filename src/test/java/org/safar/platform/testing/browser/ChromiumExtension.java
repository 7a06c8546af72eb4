package org.safar.platform.testing.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Runs one Debian Chromium per test class through Playwright, never a downloaded browser, and gives each test
 * a fresh {@link Browsing}. Chromium is {@code /usr/bin/chromium} or {@code SAFAR_CHROMIUM}. When it is missing
 * the class is skipped with a warning on stderr, unless {@code -Dsafar.browser.required=true} or
 * {@code SAFAR_BROWSER_REQUIRED=true} (as in CI): then the class fails. A failed test leaves full-page
 * screenshots in {@code safar.browser.screenshots} (default {@code target/browser-failures}).
 */
public class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    public static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final Namespace NAMESPACE = Namespace.create(ChromiumExtension.class);
    private static final String SKIPPED = "skipped";

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = Path.of(env("SAFAR_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            String problem = "Chromium not found at " + executable + " (install the Debian package chromium, or "
                    + "set SAFAR_CHROMIUM)";
            if (required()) {
                throw new IllegalStateException(problem + ", and browser tests are required "
                        + "(safar.browser.required / SAFAR_BROWSER_REQUIRED)");
            }
            String skipped = problem + ": the browser tests of " + context.getRequiredTestClass().getSimpleName()
                    + " are SKIPPED";
            System.err.println("\n" + "!".repeat(100) + "\n!!! WARNING: " + skipped + "\n" + "!".repeat(100) + "\n");
            context.getStore(NAMESPACE).put(SKIPPED, skipped);
            return;
        }
        context.getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.launch(executable));
    }

    /** Without Chromium each test is aborted on its own, so the build's summary counts them as skipped. */
    @Override
    public void beforeEach(ExtensionContext context) {
        String skipped = context.getStore(NAMESPACE).get(SKIPPED, String.class);
        if (skipped != null) {
            Assumptions.abort(skipped);
        }
        Browser browser = context.getStore(NAMESPACE).get(Chromium.class, Chromium.class).browser();
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        context.getStore(NAMESPACE).put(Browsing.class, new Browsing(browser, "http://127.0.0.1:" + port));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path directory = Path.of(System.getProperty("safar.browser.screenshots", "target/browser-failures"));
        try {
            Files.createDirectories(directory);
            browsing(context).photograph(directory, screenshotName(context))
                    .forEach(file -> System.err.println("Browser test failed; screenshot: " + file.toAbsolutePath()));
        }
        catch (Exception e) {
            System.err.println("Browser test failed, and so did its screenshot: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == Browsing.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browsing browsing = browsing(context);
        return parameter.getParameter().getType() == Page.class ? browsing.page() : browsing;
    }

    private static Browsing browsing(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browsing.class, Browsing.class);
    }

    /** {@code StaffJourneyBrowserTest-logsOut}, with the arguments of a parameterized test appended. */
    static String screenshotName(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        if (!display.startsWith(context.getRequiredTestMethod().getName() + "(")) {
            name += "-" + display;
        }
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static boolean required() {
        return Boolean.getBoolean("safar.browser.required")
                || "true".equalsIgnoreCase(System.getenv("SAFAR_BROWSER_REQUIRED"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Playwright and its browser, closed by JUnit with the test class. */
    record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

        static Chromium launch(Path executable) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS)));
            }
            catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
