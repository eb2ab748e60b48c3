package dev.preflight.bench.exchange;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A prepared request, the same for every implementation: a plain holder, so that what a benchmark
 * measures is the CORS code and not a container. What a filter can change ({@code abortWith},
 * properties) is reset before each operation.
 */
public final class BenchRequest implements ContainerRequestContext {
    private final String method;
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    private final UriInfo uriInfo;
    private final Map<String, Object> properties = new HashMap<>();
    private Response aborted;

    public BenchRequest(String method, URI baseUri, String path, Map<String, String> headers) {
        this.method = method;
        this.uriInfo = new FixedUriInfo(baseUri, path);
        headers.forEach(this.headers::add);
    }

    /** Forgets what filters did in the previous operation. */
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
        properties.put(name, object);
    }

    @Override
    public void removeProperty(String name) {
        properties.remove(name);
    }

    // Below: what no CORS implementation under test reads. Failing loudly shows if one starts to.

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
    public int getLength() {
        return -1;
    }

    @Override
    public MediaType getMediaType() {
        return null;
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
    public boolean hasEntity() {
        return false;
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
        return new UnsupportedOperationException("not part of the benchmarked request");
    }
}
