package dev.preflight.testing;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request's base URI and path, fixed when the request is made. The path is relative to the
 * application, as sent ({@code getPath(false)}) or percent-decoded. A path that is no valid URI (a
 * browser sends {@code [} and {@code |} unencoded) has no request URI: {@link #getRequestUri()} throws,
 * as RESTEasy's does.
 */
public final class FakeUriInfo implements UriInfo {
    private final URI baseUri;
    private final String path;
    private final URI requestUri;

    public FakeUriInfo(URI baseUri, String path) {
        this.baseUri = baseUri;
        this.path = path;
        URI resolved;
        try {
            resolved = URI.create(baseUri.toString() + path);
        } catch (IllegalArgumentException e) {
            resolved = null;
        }
        this.requestUri = resolved;
    }

    @Override
    public String getPath() {
        return getPath(true);
    }

    @Override
    public String getPath(boolean decode) {
        return decode ? URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8) : path;
    }

    @Override
    public URI getRequestUri() {
        if (requestUri == null) {
            throw new IllegalArgumentException("not a URI: " + baseUri + path);
        }
        return requestUri;
    }

    @Override
    public URI getAbsolutePath() {
        return getRequestUri();
    }

    @Override
    public URI getBaseUri() {
        return baseUri;
    }

    @Override
    public List<PathSegment> getPathSegments() {
        throw FakeRequest.unused();
    }

    @Override
    public List<PathSegment> getPathSegments(boolean decode) {
        throw FakeRequest.unused();
    }

    @Override
    public UriBuilder getRequestUriBuilder() {
        throw FakeRequest.unused();
    }

    @Override
    public UriBuilder getAbsolutePathBuilder() {
        throw FakeRequest.unused();
    }

    @Override
    public UriBuilder getBaseUriBuilder() {
        throw FakeRequest.unused();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters() {
        throw FakeRequest.unused();
    }

    @Override
    public MultivaluedMap<String, String> getPathParameters(boolean decode) {
        throw FakeRequest.unused();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters() {
        throw FakeRequest.unused();
    }

    @Override
    public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
        throw FakeRequest.unused();
    }

    @Override
    public List<String> getMatchedURIs() {
        throw FakeRequest.unused();
    }

    @Override
    public List<String> getMatchedURIs(boolean decode) {
        throw FakeRequest.unused();
    }

    @Override
    public List<Object> getMatchedResources() {
        throw FakeRequest.unused();
    }

    @Override
    public URI resolve(URI uri) {
        throw FakeRequest.unused();
    }

    @Override
    public URI relativize(URI uri) {
        throw FakeRequest.unused();
    }
}
