package org.safar.platform.i18n;

import java.util.List;

import org.safar.platform.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language links of every page, as {@code ${@languages.links()}}: the same page in each language, so the
 * switch works without JavaScript and on error pages.
 */
@Component("languages")
public class LanguageSwitch {

    /** One entry of the switch. */
    public record Link(Language language, String href, boolean current) {
    }

    public List<Link> links() {
        Language current = current();
        String path = currentPath();
        return Language.all().stream()
                .map(language -> new Link(language, UriComponentsBuilder.fromUriString(path)
                        .replaceQueryParam("lang", language.tag()).build().encode().toUriString(),
                        language == current))
                .toList();
    }

    public Language current() {
        return Language.of(LocaleContextHolder.getLocale()).orElse(Language.DEFAULT);
    }

    /** The {@code lang} attribute of the page's {@code <html>} element. */
    public String htmlLang() {
        return current().tag();
    }

    private static String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return errorUri.toString();
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null || "POST".equals(request.getMethod()) ? "" : "?" + query);
    }
}
