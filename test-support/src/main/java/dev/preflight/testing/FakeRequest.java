package dev.preflight.testing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a filter sees it: method, headers, URI, properties, and the response a filter aborted
 * it with. Headers go into a map that ignores the case of names ({@link CaseInsensitiveHeaders}) unless
 * the caller supplies another (a runtime's own class, or a case-sensitive map to test that code does
 * not depend on case-insensitivity). What CORS code has no business reading throws, so that a test
 * shows it if it starts to.
 *
 * <p>Reusable: {@link #reset()} forgets what filters did, as a container's next request would.
 */
public final class FakeRequest implements ContainerRequestContext {
    private final String method;
    private final MultivaluedMap<String, String> headers;
    private final UriInfo uriInfo;
    private final Map<String, Object> properties = new HashMap<>();
    private Response aborted;

    /**
     * @param baseUri the application's base URI, ending in {@code /}
     * @param path the path relative to it, as sent
     * @param headers the map to hold the request's headers
     */
    public FakeRequest(String method, URI baseUri, String path, MultivaluedMap<String, String> headers) {
        this.method = method;
        this.uriInfo = new FakeUriInfo(baseUri, path);
        this.headers = headers;
    }

    /** A request to {@code path} under the application at {@code baseUri}, with case-insensitive headers. */
    public FakeRequest(String method, String baseUri, String path) {
        this(method, URI.create(baseUri), path, new CaseInsensitiveHeaders<>());
    }

    /** Adds a header line. */
    public FakeRequest header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    /** Forgets what filters did: the aborting response and the properties. */
    public void reset() {
        aborted = null;
        if (!properties.isEmpty()) {
            properties.clear();
        }
    }

    /** The response a filter aborted with, or {@code null}. */
    public Response aborted() {
        return aborted;
    }

    @Override
    public void abortWith(Response response) {
        aborted = response;
    }

    @Override
    public String getMethod() {
        return method;
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
        return headers;
    }

    @Override
    public String getHeaderString(String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : String.join(",", values);
    }

    @Override
    public UriInfo getUriInfo() {
        return uriInfo;
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public void setProperty(String name, Object object) {
        if (object == null) {
            properties.remove(name);
        } else {
            properties.put(name, object);
        }
    }

    @Override
    public void removeProperty(String name) {
        properties.remove(name);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    // Below: what CORS code has no business with.

    @Override
    public void setRequestUri(URI requestUri) {
        throw unused();
    }

    @Override
    public void setRequestUri(URI baseUri, URI requestUri) {
        throw unused();
    }

    @Override
    public Request getRequest() {
        throw unused();
    }

    @Override
    public void setMethod(String method) {
        throw unused();
    }

    @Override
    public Date getDate() {
        throw unused();
    }

    @Override
    public Locale getLanguage() {
        throw unused();
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        throw unused();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        throw unused();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        throw unused();
    }

    @Override
    public InputStream getEntityStream() {
        throw unused();
    }

    @Override
    public void setEntityStream(InputStream input) {
        throw unused();
    }

    @Override
    public SecurityContext getSecurityContext() {
        throw unused();
    }

    @Override
    public void setSecurityContext(SecurityContext context) {
        throw unused();
    }

    static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not part of the fake request: CORS code should not need it");
    }
}
