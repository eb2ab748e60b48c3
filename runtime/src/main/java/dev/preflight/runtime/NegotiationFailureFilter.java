package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * CORS headers on the 406 and 415 of a covered resource method: the runtime answers those while
 * choosing among the methods of a path by media type, before any method is matched, so the
 * {@link CorsResourceFilter} bound to the method never sees them, and the calling script would see a
 * CORS error instead of the status. The path's {@link Route} names the policy, as for a preflight.
 */
@ConstrainedTo(RuntimeType.SERVER)
final class NegotiationFailureFilter implements ContainerResponseFilter {
    private static final int NOT_ACCEPTABLE = 406;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final ApplicationCors application;

    NegotiationFailureFilter(ApplicationCors application) {
        this.application = application;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if ((status != NOT_ACCEPTABLE && status != UNSUPPORTED_MEDIA_TYPE)
                || response.getHeaders().containsKey(CorsHeaders.ALLOW_ORIGIN)) {
            return;
        }
        String path = application.matchablePath(request);
        if (path == null) {
            return;
        }
        CorsPolicy policy = application.model().route(path).policyFor(request.getMethod());
        if (policy != null) {
            new CorsResourceFilter(policy).filter(request, response);
        }
    }
}
