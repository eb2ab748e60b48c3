package dev.preflight.bench.exchange;

import dev.preflight.testing.FakeRequest;
import dev.preflight.testing.FakeResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs Jakarta REST filters over a prepared request the way a container does: pre-matching request
 * filters; then, unless one aborted, the filters bound to the matched resource method; then the
 * response filters (only the global ones when the request aborted before matching). A filter's
 * {@code WebApplicationException} becomes its response, as the container's exception mapping would
 * make it (that mapping's own cost is not counted).
 *
 * <p>What the container owns is made once and reset per operation, so that allocation measured is the
 * filters' own: the request (its header map built as the runtime builds it), the response context, and
 * the header map of a response the resource method produced (cleared). A response a filter aborts
 * with is the filter's own: it is built per operation through the runtime's {@code RuntimeDelegate},
 * and the response filters see its header map, as in the container.
 */
public final class JaxrsExchange implements Exchange {
    private static final ContainerRequestFilter[] NO_REQUEST_FILTERS = {};
    private static final ContainerResponseFilter[] NO_RESPONSE_FILTERS = {};

    private final FakeRequest request;
    private final MultivaluedMap<String, Object> resourceResponseHeaders;
    private final FakeResponse response;
    private final ContainerRequestFilter[] preMatching;
    private final ContainerRequestFilter[] bound;
    private final ContainerResponseFilter[] globalResponse;
    private final ContainerResponseFilter[] boundResponse;

    private JaxrsExchange(Container container, Scenario scenario, ContainerRequestFilter[] preMatching,
            ContainerRequestFilter[] bound, ContainerResponseFilter[] globalResponse,
            ContainerResponseFilter[] boundResponse) {
        container.install();
        this.request = scenario.newRequest(container);
        this.resourceResponseHeaders = container.newResponseHeaders();
        this.response = new FakeResponse(200, resourceResponseHeaders);
        this.preMatching = preMatching;
        this.bound = bound;
        this.globalResponse = globalResponse;
        this.boundResponse = boundResponse;
    }

    /** A filter registered for the whole application, pre-matching on the way in. */
    public static <F extends ContainerRequestFilter & ContainerResponseFilter> JaxrsExchange global(
            Container container, Scenario scenario, F filter) {
        return new JaxrsExchange(container, scenario, new ContainerRequestFilter[] {filter}, NO_REQUEST_FILTERS,
                new ContainerResponseFilter[] {filter}, NO_RESPONSE_FILTERS);
    }

    /**
     * A pre-matching filter and a global response filter, and request and response filters bound to the
     * matched resource method; any may be {@code null}.
     */
    public static JaxrsExchange bound(Container container, Scenario scenario, ContainerRequestFilter preMatching,
            ContainerRequestFilter boundRequest, ContainerResponseFilter globalResponse,
            ContainerResponseFilter boundResponse) {
        return new JaxrsExchange(container, scenario,
                preMatching == null ? NO_REQUEST_FILTERS : new ContainerRequestFilter[] {preMatching},
                boundRequest == null ? NO_REQUEST_FILTERS : new ContainerRequestFilter[] {boundRequest},
                globalResponse == null ? NO_RESPONSE_FILTERS : new ContainerResponseFilter[] {globalResponse},
                boundResponse == null ? NO_RESPONSE_FILTERS : new ContainerResponseFilter[] {boundResponse});
    }

    @Override
    public FakeResponse run() {
        request.reset();
        try {
            return filter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeResponse filter() throws IOException {
        try {
            for (ContainerRequestFilter filter : preMatching) {
                filter.filter(request);
                if (request.aborted() != null) {
                    return respond(request.aborted(), false);
                }
            }
            for (ContainerRequestFilter filter : bound) {
                filter.filter(request);
                if (request.aborted() != null) {
                    return respond(request.aborted(), true);
                }
            }
        } catch (WebApplicationException e) {
            return respond(e.getResponse(), false);
        }
        return respond(null, true);
    }

    private FakeResponse respond(Response aborted, boolean matched) throws IOException {
        if (aborted == null) {
            resourceResponseHeaders.clear();
            response.reset(200, resourceResponseHeaders);
        } else {
            response.reset(aborted.getStatus(), aborted.getHeaders());
        }
        for (ContainerResponseFilter filter : globalResponse) {
            filter.filter(request, response);
        }
        if (matched) {
            for (ContainerResponseFilter filter : boundResponse) {
                filter.filter(request, response);
            }
        }
        return response;
    }

    @Override
    public Outcome outcome() {
        FakeResponse response = run();
        return Outcome.of(request.aborted() == null && response.getStatus() == 200 ? Outcome.PASSED
                : response.getStatus(), response.getHeaders());
    }
}
