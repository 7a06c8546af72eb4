package org.safar.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import org.safar.platform.testing.browser.ChromiumExtension;

/**
 * Bytes a phone downloads to show each public page the first time: every response of the page (HTML, CSS,
 * scripts, images), headers and encoded body as they crossed the wire, in a fresh browser profile with an empty
 * cache, fetched by the real Chromium.
 */
final class PageWeight {

    /** One page: what it cost and of how many requests. */
    record Weight(String path, long bytes, int requests) {
    }

    static List<Weight> measure(Function<String, URI> uris, List<String> paths, Path chromium) {
        List<Weight> weights = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium).setHeadless(true).setArgs(ChromiumExtension.ARGUMENTS))) {
            for (String path : paths) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(375, 740).setLocale("uz"))) {
                    Page page = context.newPage();
                    Map<Request, Long> sizes = new LinkedHashMap<>();
                    page.onRequestFinished(request -> {
                        var sizesOf = request.sizes();
                        sizes.put(request, (long) sizesOf.responseBodySize + sizesOf.responseHeadersSize);
                    });
                    page.navigate(uris.apply(path).toString());
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    weights.add(new Weight(path, sizes.values().stream().mapToLong(Long::longValue).sum(),
                            sizes.size()));
                }
            }
        }
        return weights;
    }
}
