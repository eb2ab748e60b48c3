package dev.preflight.testing;

import static dev.preflight.testing.FakeRequest.unused;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A response as response filters see it: a status and a header map. For a request a filter aborted,
 * the map is the aborting {@link Response}'s own, as in a container; else one the container owns
 * ({@link CaseInsensitiveHeaders} unless the caller supplies another).
 *
 * <p>Reusable: {@link #reset} points it at the next response, as a container's pooled objects are.
 */
public final class FakeResponse implements ContainerResponseContext {
    private int status;
    private MultivaluedMap<String, Object> headers;

    public FakeResponse(int status, MultivaluedMap<String, Object> headers) {
        this.status = status;
        this.headers = headers;
    }

    /** A response of {@code status} with an empty case-insensitive header map. */
    public FakeResponse(int status) {
        this(status, new CaseInsensitiveHeaders<>());
    }

    /** What response filters see of a request aborted with {@code aborted}. */
    public static FakeResponse of(Response aborted) {
        return new FakeResponse(aborted.getStatus(), aborted.getHeaders());
    }

    /** Makes this the response of the next request. */
    public FakeResponse reset(int status, MultivaluedMap<String, Object> headers) {
        this.status = status;
        this.headers = headers;
        return this;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int code) {
        status = code;
    }

    @Override
    public Response.StatusType getStatusInfo() {
        return Response.Status.fromStatusCode(status);
    }

    @Override
    public void setStatusInfo(Response.StatusType statusInfo) {
        status = statusInfo.getStatusCode();
    }

    @Override
    public MultivaluedMap<String, Object> getHeaders() {
        return headers;
    }

    /** The values of {@code name} as one string, joined by commas, or {@code null}. */
    @Override
    public String getHeaderString(String name) {
        List<Object> values = headers.get(name);
        if (values == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (Object value : values) {
            joined.append(joined.length() == 0 ? "" : ",").append(value);
        }
        return joined.toString();
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        CaseInsensitiveHeaders<String> strings = new CaseInsensitiveHeaders<>();
        headers.forEach((name, values) -> values.forEach(value -> strings.add(name, String.valueOf(value))));
        return strings;
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

    @Override
    public Object getEntity() {
        return null;
    }

    @Override
    public Class<?> getEntityClass() {
        return null;
    }

    @Override
    public Type getEntityType() {
        return null;
    }

    // Below: what CORS code has no business with.

    @Override
    public Set<String> getAllowedMethods() {
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
    public Map<String, NewCookie> getCookies() {
        throw unused();
    }

    @Override
    public EntityTag getEntityTag() {
        throw unused();
    }

    @Override
    public Date getLastModified() {
        throw unused();
    }

    @Override
    public URI getLocation() {
        throw unused();
    }

    @Override
    public Set<Link> getLinks() {
        throw unused();
    }

    @Override
    public boolean hasLink(String relation) {
        throw unused();
    }

    @Override
    public Link getLink(String relation) {
        throw unused();
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        throw unused();
    }

    @Override
    public void setEntity(Object entity) {
        throw unused();
    }

    @Override
    public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) {
        throw unused();
    }

    @Override
    public Annotation[] getEntityAnnotations() {
        throw unused();
    }

    @Override
    public OutputStream getEntityStream() {
        throw unused();
    }

    @Override
    public void setEntityStream(OutputStream outputStream) {
        throw unused();
    }
}
