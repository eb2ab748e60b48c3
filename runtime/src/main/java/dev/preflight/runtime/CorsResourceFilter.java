package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The CORS side of the actual (non-preflight) requests to the resource methods of one policy, bound to
 * exactly those methods by {@link PreflightBinder}.
 *
 * <p>On the way in it answers 403 to an origin the policy does not allow, ahead of authentication, so
 * the resource method never runs for it. On the way out it adds the policy's headers to every
 * response of an allowed origin, whatever produced it: the resource method, an exception mapper, a
 * {@code WebApplicationException} or another filter's {@code abortWith}. Headers are set, never
 * added, so running twice changes nothing.
 */
@ConstrainedTo(RuntimeType.SERVER)
final class CorsResourceFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Ahead of authentication ({@value Priorities#AUTHENTICATION}): a refused origin gets 403, not 401. */
    static final int PRIORITY = Priorities.AUTHENTICATION - 200;

    private final CorsPolicy policy;

    CorsResourceFilter(CorsPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = RequestOrigin.of(request);
        if (origin == null || policy.allowsOrigin(origin) || RequestOrigin.isSameOrigin(origin, request)) {
            return;
        }
        CorsLog.refused("request", origin, request, "origin not allowed");
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .header(CorsHeaders.VARY, CorsHeaders.ORIGIN)
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = RequestOrigin.of(request);
        if (origin != null ? policy.allowsOrigin(origin) : !policy.variesByOrigin()) {
            // an allowed origin gets its headers whether or not the request is same-origin: browsers
            // ignore them there. Under "*" without credentials every response carries them, Origin or
            // not, so that a shared cache can serve any of them to anyone
            decorate(response.getHeaders(), origin);
        } else if (policy.variesByOrigin()) {
            if (origin == null) {
                appendVaryOrigin(response.getHeaders());
            } else {
                appendVaryOriginToRefusal(response.getHeaders()); // usually this filter's own 403
            }
        }
    }

    /**
     * Sets each header with one {@code put} of a new one-value list rather than {@code putSingle},
     * which looks the name up and then, when it is absent (as it nearly always is), puts it: one map
     * operation per header instead of two.
     */
    private void decorate(MultivaluedMap<String, Object> headers, String origin) {
        headers.put(CorsHeaders.ALLOW_ORIGIN, valueList(policy.allowOriginValue(origin)));
        if (policy.allowsCredentials()) {
            headers.put(CorsHeaders.ALLOW_CREDENTIALS, valueList("true"));
        }
        if (policy.exposeHeaders() != null) {
            headers.put(CorsHeaders.EXPOSE_HEADERS, valueList(policy.exposeHeaders()));
        }
        if (policy.variesByOrigin()) {
            appendVaryOrigin(headers);
        }
    }

    /** A mutable list, as the map's own would be: filters and writers that run later may add to it. */
    private static List<Object> valueList(Object value) {
        List<Object> values = new ArrayList<>(1);
        values.add(value);
        return values;
    }

    /**
     * Adds {@code Origin} to {@code Vary} unless it (or {@code *}) is already there, keeping what was
     * there. The result is one header line: some containers (RESTEasy on Netty) send only the last
     * value of a header that has several.
     *
     * <p>For a response that usually has no {@code Vary} yet. In the runtimes' maps, which ignore case
     * ({@link HeaderMaps}), that takes one {@code put}: a {@code Vary} it replaces is put back, under
     * the name it had, and merged.
     */
    static void appendVaryOrigin(MultivaluedMap<String, Object> headers) {
        if (!HeaderMaps.ignoresCase(headers)) {
            appendVaryOriginToRefusal(headers);
            return;
        }
        List<Object> previous = headers.put(CorsHeaders.VARY, valueList(CorsHeaders.ORIGIN));
        if (previous != null && !previous.isEmpty()) {
            headers.put(CorsHeaders.VARY, previous);
            mergeVaryOrigin(headers, HeaderMaps.VARY, previous);
        }
    }

    /**
     * {@link #appendVaryOrigin} for a response that usually has {@code Vary} already: this filter's own
     * 403. Looked up by its lower-case name, which finds it in the runtimes' maps however it is written
     * and without a copy of the name; a map not known to ignore case holds it as written, likely "Vary".
     */
    static void appendVaryOriginToRefusal(MultivaluedMap<String, Object> headers) {
        if (headers.containsKey(HeaderMaps.VARY)) {
            // a first value with Origin settles it without the list (the 403 has one), which Jersey's
            // map hands out only after walking its guarded names with an iterator
            Object first = headers.getFirst(HeaderMaps.VARY);
            if (first != null && hasOriginOrStar(String.valueOf(first))) {
                return;
            }
        }
        List<Object> vary = headers.get(HeaderMaps.VARY);
        if ((vary == null || vary.isEmpty()) && !HeaderMaps.ignoresCase(headers)) {
            mergeVaryOrigin(headers, CorsHeaders.VARY, headers.get(CorsHeaders.VARY));
        } else {
            mergeVaryOrigin(headers, HeaderMaps.VARY, vary);
        }
    }

    /** Sets {@code key}, the name {@code vary} was found under, to {@code vary} and {@code Origin} as one line. */
    private static void mergeVaryOrigin(MultivaluedMap<String, Object> headers, String key, List<Object> vary) {
        int count = vary == null ? 0 : vary.size();
        if (count == 0) {
            headers.put(CorsHeaders.VARY, valueList(CorsHeaders.ORIGIN));
            return;
        }
        if (count == 1 && hasOriginOrStar(String.valueOf(vary.get(0)))) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (Object value : vary) {
            String s = String.valueOf(value);
            if (hasOriginOrStar(s)) {
                return;
            }
            if (!s.isBlank()) {
                joined.append(s).append(", ");
            }
        }
        headers.putSingle(key, joined.append(CorsHeaders.ORIGIN).toString());
    }

    private static boolean hasOriginOrStar(String vary) {
        return containsToken(vary, CorsHeaders.ORIGIN) || containsToken(vary, "*");
    }

    /** Whether the comma-separated list {@code list} has {@code token}, compared case-insensitively. */
    static boolean containsToken(String list, String token) {
        return HttpTokens.listContains(list, token);
    }
}
