package dev.preflight.bench.exchange;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs Jakarta REST filters over a prepared request the way a container does: pre-matching request
 * filters; then, unless one aborted, the filters bound to the matched resource method; then the
 * response filters (only the global ones when the request aborted before matching). A filter's
 * {@code WebApplicationException} becomes its response, as the container's exception mapping would
 * make it (that mapping's own cost is not counted).
 */
public final class JaxrsExchange implements Exchange {
    private static final ContainerRequestFilter[] NO_REQUEST_FILTERS = {};
    private static final ContainerResponseFilter[] NO_RESPONSE_FILTERS = {};

    private final BenchRequest request;
    private final ContainerRequestFilter[] preMatching;
    private final ContainerRequestFilter[] bound;
    private final ContainerResponseFilter[] globalResponse;
    private final ContainerResponseFilter[] boundResponse;

    private JaxrsExchange(BenchRequest request, ContainerRequestFilter[] preMatching, ContainerRequestFilter[] bound,
            ContainerResponseFilter[] globalResponse, ContainerResponseFilter[] boundResponse) {
        this.request = request;
        this.preMatching = preMatching;
        this.bound = bound;
        this.globalResponse = globalResponse;
        this.boundResponse = boundResponse;
    }

    /** A filter registered for the whole application, pre-matching on the way in. */
    public static <F extends ContainerRequestFilter & ContainerResponseFilter> JaxrsExchange global(Scenario scenario,
            F filter) {
        return new JaxrsExchange(scenario.newRequest(), new ContainerRequestFilter[] {filter}, NO_REQUEST_FILTERS,
                new ContainerResponseFilter[] {filter}, NO_RESPONSE_FILTERS);
    }

    /** A pre-matching filter, and request and response filters bound to the matched resource method. */
    public static JaxrsExchange bound(Scenario scenario, ContainerRequestFilter preMatching,
            ContainerRequestFilter boundRequest, ContainerResponseFilter boundResponse) {
        return new JaxrsExchange(scenario.newRequest(),
                preMatching == null ? NO_REQUEST_FILTERS : new ContainerRequestFilter[] {preMatching},
                boundRequest == null ? NO_REQUEST_FILTERS : new ContainerRequestFilter[] {boundRequest},
                NO_RESPONSE_FILTERS,
                boundResponse == null ? NO_RESPONSE_FILTERS : new ContainerResponseFilter[] {boundResponse});
    }

    @Override
    public BenchResponse run() {
        request.reset();
        try {
            return filter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchResponse filter() throws IOException {
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

    private BenchResponse respond(Response aborted, boolean matched) throws IOException {
        BenchResponse response = aborted == null
                ? new BenchResponse(200, new MultivaluedHashMap<>())
                : new BenchResponse(aborted.getStatus(), aborted.getHeaders());
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
        BenchResponse response = run();
        return Outcome.of(request.aborted() == null && response.getStatus() == 200 ? Outcome.PASSED
                : response.getStatus(), response.getHeaders());
    }
}
