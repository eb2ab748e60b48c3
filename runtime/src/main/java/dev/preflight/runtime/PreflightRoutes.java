package dev.preflight.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The application's path table: which route, if any, a request path belongs to. Literal paths are
 * found by one hash lookup; templates are tried in Jakarta REST precedence order (most literal
 * characters first), which the processor has sorted them into.
 */
public final class PreflightRoutes {
    private final Map<String, PreflightRoute> literals = new HashMap<>();
    private final PreflightRoute[] templates;
    private final PreflightRoute[] all;

    private PreflightRoutes(PreflightRoute[] routes) {
        this.all = routes;
        int count = 0;
        for (PreflightRoute route : routes) {
            if (route.literal() != null) {
                literals.putIfAbsent(route.literal(), route);
            } else {
                count++;
            }
        }
        templates = new PreflightRoute[count];
        int i = 0;
        for (PreflightRoute route : routes) {
            if (route.literal() == null) {
                templates[i++] = route;
            }
        }
    }

    /** The routes, templates in precedence order. */
    public static PreflightRoutes of(PreflightRoute... routes) {
        return new PreflightRoutes(routes.clone());
    }

    /**
     * The route for a preflight of {@code method} to a request path as {@code UriInfo.getPath(false)}
     * gives it (with or without a leading slash, depending on the implementation), or {@code null}
     * when no route matches the path. Of the routes that match, the first in precedence order that
     * declares the method wins, as when Jakarta REST selects a resource method; when none does, the
     * first that matches, whose policies then refuse the method.
     */
    public PreflightRoute match(String requestPath, String method) {
        String path = normalize(requestPath);
        PreflightRoute first = literals.get(path);
        if (first != null && first.policyFor(method) != null) {
            return first;
        }
        for (PreflightRoute template : templates) {
            if (template.matches(path)) {
                if (template.policyFor(method) != null) {
                    return template;
                }
                if (first == null) {
                    first = template;
                }
            }
        }
        return first;
    }

    /** The first problem of a policy configured through placeholders, or {@code null}. */
    String configurationProblem() {
        for (PreflightRoute route : all) {
            for (CorsPolicy policy : route.policies()) {
                if (policy.configurationProblem() != null) {
                    return policy.configurationProblem();
                }
            }
        }
        return null;
    }

    /** Without the leading slash and one trailing slash, which Jakarta REST matching ignores. */
    static String normalize(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.length() > start && path.endsWith("/") ? path.length() - 1 : path.length();
        return start == 0 && end == path.length() ? path : path.substring(start, end);
    }
}
