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
import java.util.List;

/**
 * Answers CORS preflights to the paths of the {@link PreflightRoutes} before resource matching, so
 * that no resource method, authentication filter or other post-matching filter sees them: a browser
 * never sends credentials with a preflight, and an authentication filter would answer it 401.
 *
 * <p>Everything else passes through untouched: requests that are not {@code OPTIONS}, an
 * {@code OPTIONS} without {@code Origin} or {@code Access-Control-Request-Method} (not a preflight),
 * same-origin requests, and paths no policy covers.
 */
@PreMatching
@ConstrainedTo(RuntimeType.SERVER)
public final class PreflightFilter implements ContainerRequestFilter {
    /** Ahead of authentication ({@value Priorities#AUTHENTICATION}) and other pre-matching filters. */
    public static final int PRIORITY = Priorities.AUTHENTICATION - 900;

    private final PreflightRoutes routes;

    public PreflightFilter(PreflightRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        MultivaluedMap<String, String> headers = request.getHeaders();
        List<String> requestMethods = headers.get(CorsHeaders.REQUEST_METHOD);
        String origin = RequestOrigin.of(request);
        if (requestMethods == null || requestMethods.isEmpty() || origin == null) {
            return;
        }
        String path = request.getUriInfo().getPath(false);
        String method = requestMethods.get(0);
        PreflightRoute route = routes.match(path, method);
        if (route == null || RequestOrigin.isSameOrigin(origin, request)) {
            return;
        }
        if (requestMethods.size() != 1 || !HttpTokens.isToken(method)) {
            refuse(request, origin, path, "Access-Control-Request-Method is not one method name");
            return;
        }
        CorsPolicy policy = route.policyFor(method);
        if (policy == null) {
            refuse(request, origin, path, "method " + CorsLog.printable(method) + " has no CORS policy on " + route);
            return;
        }
        if (!policy.allowsOrigin(origin)) {
            refuse(request, origin, path, "origin not allowed for " + method + " " + route);
            return;
        }
        List<String> requestHeaders = headers.get(CorsHeaders.REQUEST_HEADERS);
        String headerRefusal = policy.refuseRequestHeaders(requestHeaders);
        if (headerRefusal != null) {
            refuse(request, origin, path, headerRefusal);
            return;
        }
        boolean privateNetwork = "true".equals(headers.getFirst(CorsHeaders.REQUEST_PRIVATE_NETWORK));
        if (privateNetwork && !policy.allowsPrivateNetwork()) {
            refuse(request, origin, path, "private network access is not allowed");
            return;
        }

        request.abortWith(answer(route, policy, origin, requestHeaders, privateNetwork));
    }

    /** The 204 of an allowed preflight: every value precomputed but the origin and echoed header names. */
    private static Response answer(PreflightRoute route, CorsPolicy policy, String origin, List<String> requestHeaders,
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

    private static void refuse(ContainerRequestContext request, String origin, String path, String reason) {
        CorsLog.refused("preflight", origin, path, reason);
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .header(CorsHeaders.VARY, CorsHeaders.PREFLIGHT_VARY)
                .build());
    }
}
