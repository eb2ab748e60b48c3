package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Answers CORS preflights before resource matching, so that no resource method, authentication filter
 * or other post-matching filter sees them: a browser never sends credentials with a preflight, and an
 * authentication filter would answer it 401.
 *
 * <p>A preflight is judged by the policy of the resource method its actual request will be dispatched
 * to, as the application's {@link ResourceModel} finds it, and by no other. Everything else passes
 * through untouched: requests that are not {@code OPTIONS}, an {@code OPTIONS} without {@code Origin} or
 * {@code Access-Control-Request-Method} (not a preflight), and any preflight whose actual request would
 * reach a resource method without a policy, no resource method, or one that cannot be known.
 */
@PreMatching
@ConstrainedTo(RuntimeType.SERVER)
final class PreflightFilter implements ContainerRequestFilter {
    /** Ahead of authentication ({@value Priorities#AUTHENTICATION}) and other pre-matching filters. */
    static final int PRIORITY = Priorities.AUTHENTICATION - 900;

    private final ApplicationCors application;

    PreflightFilter(ApplicationCors application) {
        this.application = application;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // the first request fixes the application's model, whatever its method: from then on the
        // runtime reports only sub-resource locator targets, which are not root resources
        ResourceModel model = application.model();
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, String> headers = request.getHeaders();
        List<String> requestMethods = HeaderMaps.get(headers, HeaderMaps.REQUEST_METHOD, CorsHeaders.REQUEST_METHOD);
        String origin = RequestOrigin.of(request);
        if (requestMethods == null || requestMethods.size() != 1 || origin == null) {
            return;
        }
        String method = requestMethods.get(0);
        String path = application.matchablePath(request);
        if (path == null) {
            return;
        }
        Route route = model.route(path);
        CorsPolicy policy = HttpTokens.isToken(method) ? route.policyFor(method) : null;
        if (policy == null) {
            return; // no policy judges the request this preflight announces
        }
        if (!policy.allowsOrigin(origin)) {
            refuse(request, origin, path, "origin not allowed for " + method + " " + route);
            return;
        }
        List<String> requestHeaders = HeaderMaps.get(headers, HeaderMaps.REQUEST_HEADERS, CorsHeaders.REQUEST_HEADERS);
        String headerRefusal = policy.refuseRequestHeaders(requestHeaders);
        if (headerRefusal != null) {
            refuse(request, origin, path, headerRefusal);
            return;
        }
        boolean privateNetwork = "true".equals(
                HeaderMaps.getFirst(headers, HeaderMaps.REQUEST_PRIVATE_NETWORK, CorsHeaders.REQUEST_PRIVATE_NETWORK));
        if (privateNetwork && !policy.allowsPrivateNetwork()) {
            refuse(request, origin, path, "private network access is not allowed");
            return;
        }

        request.abortWith(answer(route, policy, origin, requestHeaders, privateNetwork));
    }

    /**
     * The request path relative to the application as sent (still percent-encoded), or {@code null} when
     * it cannot be told for certain or its request URI has an empty segment: Jersey drops one right after
     * the application path from {@code getPath}, but matches as if it were there.
     *
     * <p>Read as the raw path of the request URI less the raw path of the base URI, which every runtime
     * gives: Quarkus REST keeps no undecoded {@code getPath(false)} (it throws). A request URI outside
     * the base URI (a base path the container matched in another spelling, {@code /%61pi} for
     * {@code /api}) is not guessed at. RESTEasy cannot build a request URI from a path with {@code [} or
     * {@code |}, which browsers send unencoded: there {@code getPath(false)} is read instead.
     */
    static String matchablePath(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String full;
        String base;
        try {
            full = uri.getRequestUri().getRawPath();
            base = uri.getBaseUri().getRawPath();
        } catch (RuntimeException e) {
            full = null;
            base = null;
        }
        if (full == null || base == null) {
            try {
                return uri.getPath(false); // RESTEasy, for "[" or "|"
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (full.contains("//") || uri.getRequestUri().getRawFragment() != null) {
            // a fragment is never sent by browsers; Quarkus REST matches "a#f" as one segment, java.net.URI
            // reads "a" and a fragment
            return null;
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        if (full.startsWith(base)) {
            return full.substring(base.length());
        }
        return base.equals(full + "/") ? "" : null;
    }

    /** The 204 of an allowed preflight: every value precomputed but the origin and echoed header names. */
    private static Response answer(Route route, CorsPolicy policy, String origin, List<String> requestHeaders,
            boolean privateNetwork) {
        Response.ResponseBuilder answer = Response.noContent()
                .header(CorsHeaders.ALLOW_ORIGIN, policy.allowOriginValue(origin))
                .header(CorsHeaders.ALLOW_METHODS, route.allowMethods(origin))
                .header(CorsHeaders.VARY, CorsHeaders.PREFLIGHT_VARY);
        String allowHeaders = policy.allowHeadersValue(requestHeaders);
        if (allowHeaders != null) {
            answer.header(CorsHeaders.ALLOW_HEADERS, allowHeaders);
        }
        if (policy.allowsCredentials()) {
            answer.header(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        if (policy.maxAge() != null) {
            answer.header(CorsHeaders.MAX_AGE, policy.maxAge());
        }
        if (privateNetwork) {
            answer.header(CorsHeaders.ALLOW_PRIVATE_NETWORK, "true");
        }
        return answer.build();
    }

    /** A 403, unless the request is same-origin: then it passes, as if it had no {@code Origin}. */
    private static void refuse(ContainerRequestContext request, String origin, String path, String reason) {
        if (RequestOrigin.isSameOrigin(origin, request)) {
            return;
        }
        CorsLog.refused("preflight", origin, path, reason);
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .header(CorsHeaders.VARY, CorsHeaders.PREFLIGHT_VARY)
                .build());
    }
}
