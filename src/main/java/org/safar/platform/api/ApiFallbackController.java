package org.safar.platform.api;

import org.safar.platform.DomainException;
import org.safar.platform.security.NotFoundFallback;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/v1} path that no module serves: a translated 404 problem rather than an HTML page, for any
 * caller, with or without a token — the path serves nothing, so there is nothing to protect.
 */
@NotFoundFallback
@RestController
class ApiFallbackController {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw DomainException.notFound();
    }
}
