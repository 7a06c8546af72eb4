package org.safar.platform.testing.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The browser contexts of one test: each {@link #visitor} is a fresh context, like a new person with no cookies,
 * pointed at the application under test. Closed after the test; on failure its pages are photographed first.
 */
public final class Browsing implements AutoCloseable {

    /** The window size of a visitor unless the test says otherwise: a common laptop screen. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private static final double TIMEOUT_MILLIS = 10_000;

    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page first;

    Browsing(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** The test's default visitor: created on first use, the same page afterwards. */
    public Page page() {
        if (first == null) {
            first = visitor(new Browser.NewContextOptions());
        }
        return first;
    }

    /** A new visitor with its own cookies, and its own headers, locale or window size from {@code options}. */
    public Page visitor(Browser.NewContextOptions options) {
        options.setBaseURL(baseUrl);
        if (options.viewportSize == null) {
            options.setViewportSize(WIDTH, HEIGHT);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        contexts.add(context);
        return context.newPage();
    }

    /** The absolute address of a path of the application, such as {@code /login}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Full-page screenshots of every open page, {@code <name>.png}, then {@code <name>-2.png}, … */
    List<Path> photograph(Path directory, String name) {
        List<Path> files = new ArrayList<>();
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                String suffix = files.isEmpty() ? "" : "-" + (files.size() + 1);
                Path file = directory.resolve(name + suffix + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                files.add(file);
            }
        }
        return files;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
