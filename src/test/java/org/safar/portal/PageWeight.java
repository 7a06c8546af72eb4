package org.safar.portal;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;

/**
 * What a first visit to a page costs on the wire: every response the browser received for it (HTML, CSS, scripts,
 * images), counted as transferred — compressed body plus headers — from a context with an empty cache.
 */
final class PageWeight {

    private final List<Request> finished = new ArrayList<>();

    private PageWeight(Page page) {
        page.onRequestFinished(finished::add);
    }

    static PageWeight of(Page page) {
        return new PageWeight(page);
    }

    /** Bytes transferred since this weight started counting. */
    long bytes() {
        return finished.stream().mapToLong(request -> {
            var sizes = request.sizes();
            return Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
        }).sum();
    }

    int requests() {
        return finished.size();
    }
}
