package dev.preflight.bench.exchange;

import static dev.preflight.bench.exchange.BenchRequest.unused;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/** The request's path and URI, fixed when the request is prepared. */
final class FixedUriInfo implements UriInfo {
    private final URI baseUri;
    private final URI requestUri;
    private final String path;

    FixedUriInfo(URI baseUri, String path) {
        this.baseUri = baseUri;
        this.requestUri = baseUri.resolve(path);
        this.path = path;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public String getPath(boolean decode) {
        return path;
    }

    @Override
    public URI getRequestUri() {
        return requestUri;
    }

    @Override
    public URI getAbsolutePath() {
        return requestUri;
    }

    @Override
    public URI getBaseUri() {
        return baseUri;
    }

    @Override
    public List<PathSegment> getPathSegments() {
        throw unused();
    }

    @Override
    public List<PathSegment> getPathSegments(boolean decode) {
        throw unused();
    }

    @Override
    public UriBuilder getRequestUriBuilder() {
        throw unused();
    }

    @Override
    public UriBuilder getAbsolutePathBuilder() {
        throw unused();
    }

    @Override
    public UriBuilder getBaseUriBuilder() {
        throw unused();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters() {
        throw unused();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters(boolean decode) {
        throw unused();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters() {
        throw unused();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
        throw unused();
    }

    @Override
    public List<String> getMatchedURIs() {
        throw unused();
    }

    @Override
    public List<String> getMatchedURIs(boolean decode) {
        throw unused();
    }

    @Override
    public List<Object> getMatchedResources() {
        throw unused();
    }

    @Override
    public URI resolve(URI uri) {
        throw unused();
    }

    @Override
    public URI relativize(URI uri) {
        throw unused();
    }
}
