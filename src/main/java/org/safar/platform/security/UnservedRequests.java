package org.safar.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriUtils;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request that nothing in the application serves: Spring MVC finds no controller for its path (a
 * {@link NotFoundFallback} does not count) and no static file exists at it. Asked the way the dispatcher will ask,
 * on a copy of the request, so a path mapped with a variable ({@code /cases/123}) or for another method is served
 * and keeps its rule. When in doubt — an error while asking — the request counts as served.
 */
final class UnservedRequests implements RequestMatcher {

    private final HandlerMappingIntrospector introspector;

    UnservedRequests(HandlerMappingIntrospector introspector) {
        this.introspector = introspector;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Probe probe = new Probe(request);
        for (HandlerMapping mapping : introspector.getHandlerMappings()) {
            HandlerExecutionChain chain;
            try {
                chain = mapping.getHandler(probe);
            }
            catch (Exception mappedOtherwise) {
                return false;
            }
            if (chain != null) {
                Object handler = chain.getHandler();
                if (handler instanceof HandlerMethod method) {
                    return method.getBeanType().isAnnotationPresent(NotFoundFallback.class);
                }
                if (handler instanceof ResourceHttpRequestHandler files) {
                    return !fileExists(mapping, files, probe);
                }
                return false;
            }
        }
        return true;
    }

    private static boolean fileExists(HandlerMapping mapping, ResourceHttpRequestHandler files, Probe probe) {
        if (!(mapping instanceof AbstractUrlHandlerMapping urls) || !ServletRequestPathUtils.hasParsedRequestPath(probe)) {
            return true;
        }
        PathContainer path = ServletRequestPathUtils.getParsedRequestPath(probe).pathWithinApplication();
        for (var entry : urls.getPathPatternHandlerMap().entrySet()) {
            if (entry.getValue() == files && entry.getKey().matches(path)) {
                String file = UriUtils.decode(entry.getKey().extractPathWithinPattern(path).value(),
                        StandardCharsets.UTF_8);
                return files.getLocations().stream().anyMatch(location -> readable(location, file));
            }
        }
        return true;
    }

    private static boolean readable(Resource location, String file) {
        try {
            Resource resource = location.createRelative(file);
            return resource.exists() && resource.isReadable();
        }
        catch (Exception unreadable) {
            return false;
        }
    }

    /** The request as the handler mappings see it, keeping the attributes they set to itself. */
    private static final class Probe extends HttpServletRequestWrapper {

        private final Map<String, Object> written = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        Probe(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (written.containsKey(name)) {
                return written.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public java.util.Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(written.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            written.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            written.remove(name);
            removed.add(name);
        }
    }
}
