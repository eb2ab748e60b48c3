package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /** A path table filled one row per route, the way the generated {@code PreflightFeature} does it. */
    public static Builder builder(PolicyTable policies, int size) {
        return new Builder(policies, size);
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

    /**
     * Collects the routes in precedence order; called by generated code with values the processor
     * computed. A row is one call with string constants (see {@link PolicyTable}).
     */
    public static final class Builder {
        private final PolicyTable policies;
        private final List<PreflightRoute> routes;

        private Builder(PolicyTable policies, int size) {
            this.policies = policies;
            this.routes = new ArrayList<>(size);
        }

        /**
         * A route for a path without template parameters ({@code users/me}).
         *
         * @param methods the HTTP methods declared on the path, each followed by the row of its policy in
         *     the {@link PolicyTable}, space-separated: {@code "GET 0 POST 0 DELETE 1"}
         * @param allowMethods the {@code Access-Control-Allow-Methods} values, separated by {@code ;} (which
         *     no method name contains: it is not a token character), for every non-empty set of the
         *     route's distinct policies (in the order {@code methods} first names them) in binary order:
         *     {@code "GET, POST;DELETE;GET, POST, DELETE"}
         */
        public Builder literal(String path, String methods, String allowMethods) {
            return add(PreflightRoute.literal(path), methods, allowMethods);
        }

        /**
         * A route for a path with template parameters; {@code regex} is the template's regular
         * expression as Jakarta REST matches it. See {@link #literal} for the other values.
         */
        public Builder template(String template, String regex, String methods, String allowMethods) {
            return add(PreflightRoute.template(template, regex), methods, allowMethods);
        }

        private Builder add(PreflightRoute.Builder route, String methods, String allowMethods) {
            String[] pairs = methods.split(" ");
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                route.method(pairs[i], policies.get(Integer.parseInt(pairs[i + 1])));
            }
            String[] values = (";" + allowMethods).split(";", -1);
            routes.add(route.allowMethods(values).build());
            return this;
        }

        public PreflightRoutes build() {
            return new PreflightRoutes(routes.toArray(new PreflightRoute[0]));
        }
    }
}
